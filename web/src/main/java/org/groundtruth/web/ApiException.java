package org.groundtruth.web;

/**
 * An error answered as JSON {"code","description"}, as OGC API – Features asks for exceptions.
 *
 * @see #badParameter(String, String)
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    /** A 400 whose description starts with the parameter or field at fault. */
    public static ApiException badParameter(String parameter, String problem) {
        return new ApiException(400, "InvalidParameterValue", parameter + ": " + problem);
    }

    /** The number in the path's {id}, or a 400 saying it is not {@code what} ("a proposal id"). */
    public static long pathNumber(io.javalin.http.Context ctx, String what) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw badParameter("id", "not " + what);
        }
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "NotFound", what + " does not exist");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
