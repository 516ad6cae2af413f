package org.groundtruth.web.api;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.grading.Grade;
import org.groundtruth.grading.GradeOverride;
import org.groundtruth.incident.Incident;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.account.Role;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Rule;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;

/**
 * Assessment in the JSON API: an incident's grade override (POST, reason and author required) and the objectives
 * layer (list as GeoJSON, create, read, replace). Attribution, objective analysis and grade themselves appear in the
 * incident's JSON ({@link IncidentApi}).
 */
public final class AssessmentApi implements WebFeature {
    private final Store store;
    private final Assessor assessor;

    public AssessmentApi(Store store, Assessor assessor) {
        this.store = store;
        this.assessor = assessor;
    }

    @Override
    public String openApiPart() {
        return "/openapi/assessment.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/assessment.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.POST, "/api/incidents/{id}/grade", Rule.roles(Role.REVIEWER), this::overrideGrade)
                .api(HandlerType.GET, "/api/objectives", Rule.SIGNED_IN, this::listObjectives)
                .api(HandlerType.POST, "/api/objectives", Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::createObjective)
                .api(HandlerType.GET, "/api/objectives/{id}", Rule.SIGNED_IN, this::getObjective)
                .api(HandlerType.PUT, "/api/objectives/{id}", Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::updateObjective);
    }

    /**
     * Body: {"grade": "fair" | "computed", "reason": "..."}; the author is the signed-in reviewer. Answers the
     * incident's grade as now in force, with every override recorded.
     */
    private void overrideGrade(Context ctx) {
        Incident incident = Access.visibleIncident(ctx, store.incidents(), "id");
        ObjectNode body = Json.readObject(ctx);
        String gradeText = AssessmentJson.text(body, "grade");
        if (gradeText == null) throw ApiException.badParameter("grade", "is required: one of " + Grade.known() + ", or computed");
        Grade grade = null;
        if (!gradeText.equalsIgnoreCase("computed")) {
            grade = Grade.parse(gradeText).orElseThrow(() -> ApiException.badParameter("grade",
                    "not one of " + Grade.known() + ", or computed"));
        }
        String reason = AssessmentJson.text(body, "reason");
        if (reason == null) throw ApiException.badParameter("reason", "is required: a written reason is kept with the override");
        Access.Caller caller = Access.caller(ctx);
        if (caller.anonymous()) throw new ApiException(401, "Unauthorized", "sign in to override a grade");
        String by = caller.user().name();
        store.port(AssessmentLedger.PORT).override(GradeOverride.of(incident.id(), grade, reason, by), Access.note(ctx));
        Assessment a = assessor.refresh(incident);
        ObjectNode g = AssessmentJson.grade(a.grade());
        ArrayNode h = g.putArray("history");
        for (GradeOverride o : store.port(AssessmentLedger.PORT).overrides(incident.id())) h.add(AssessmentJson.override(o));
        Json.answer(ctx, 201, Json.JSON, g);
    }

    private void listObjectives(Context ctx) {
        ObjectNode fc = Json.object();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        List<MilitaryObjective> all = store.port(ObjectiveLayer.PORT).list();
        for (MilitaryObjective m : all) features.add(AssessmentJson.objective(m));
        fc.put("numberReturned", all.size());
        Json.answer(ctx, 200, Json.GEO_JSON, fc);
    }

    private void createObjective(Context ctx) {
        MilitaryObjective m = AssessmentJson.readObjective(Json.readObject(ctx));
        MilitaryObjective stored = store.port(ObjectiveLayer.PORT).addAll(List.of(m), Access.note(ctx)).getFirst();
        ctx.header("Location", "/api/objectives/" + stored.id());
        Json.answer(ctx, 201, Json.GEO_JSON, AssessmentJson.objective(stored));
    }

    private void getObjective(Context ctx) {
        long id = ApiException.pathNumber(ctx, "an objective number");
        MilitaryObjective m = store.port(ObjectiveLayer.PORT).find(id).orElseThrow(() -> ApiException.notFound("objective " + id));
        Json.answer(ctx, 200, Json.GEO_JSON, AssessmentJson.objective(m));
    }

    private void updateObjective(Context ctx) {
        long id = ApiException.pathNumber(ctx, "an objective number");
        if (store.port(ObjectiveLayer.PORT).find(id).isEmpty()) throw ApiException.notFound("objective " + id);
        JsonNode body = Json.readObject(ctx);
        MilitaryObjective updated = store.port(ObjectiveLayer.PORT).update(id, AssessmentJson.readObjective(body), Access.note(ctx));
        Json.answer(ctx, 200, Json.GEO_JSON, AssessmentJson.objective(updated));
    }

}
