// Swagger UI pointed at the server's own OpenAPI document; no validator badge (it would call an outside host).
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', validatorUrl: null, deepLinking: true });
