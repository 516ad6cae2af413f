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

    /** A whole-number query parameter from {@code min} to {@code max}; {@code fallback} when absent or blank. */
    public static long queryNumber(io.javalin.http.Context ctx, String name, long fallback, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) return fallback;
        long n;
        try {
            n = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw badParameter(name, "not a whole number");
        }
        if (n < min || n > max) throw badParameter(name, n + " is outside " + min + ".." + max);
        return n;
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
