package com.kneerehab.records.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure into a clear answer: RFC 9457 problem details for the API, a friendly page for
 * people. Never sends a class name or a stack trace to the client.
 */
public class ErrorMapping {

    private static final Logger LOG = Logger.getLogger(ErrorMapping.class);

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.status(), e.title(), e.getMessage(), e.fieldErrors(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        Map<String, String> fields = new java.util.TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            fields.putIfAbsent(fieldName(violation.getPropertyPath()), violation.getMessage());
        }
        return respond(400, "Invalid request", "Some values are missing or out of range.", fields, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, "Unreadable request",
                "The request body is not valid JSON for this operation, or holds a value that is not allowed.",
                Map.of(), uri, headers);
    }

    /** Wrong types and unknown choices ("MIDDLE" for a side); more specific than Quarkus' own mapper. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri,
                                   HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("request");
        return respond(400, "Unreadable request", "A value in the request is of the wrong type or not one of the"
                + " allowed choices.", Map.of(field, "Not an allowed value"), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, "Forbidden", "Your account is not allowed to do this.", Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 302 || status == 303) {
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address, or you may not see it.";
            case 405 -> "This address does not accept that kind of request.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 413 -> "The request is larger than the limit.";
            case 415 -> "The request body is not in a format this address accepts.";
            default -> title + ".";
        };
        return respond(status, title, detail, Map.of(), uri, headers);
    }

    /** Two requests raced for the same unique slot (a second current plan, a duplicate name). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
                               HttpHeaders headers) {
        LOG.infof("Refused a write that breaks constraint %s", e.getConstraintName());
        return respond(409, "Conflicting change",
                "This change conflicts with another one saved at the same time. Reload and try again.",
                Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        var constraint = causeOfType(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null) {
            return constraint(constraint, uri, headers);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", uri.getPath(), e.getMessage());
            return respond(503, "Temporarily unavailable",
                    "The records database cannot be reached right now. Nothing was saved; please try again in a moment.",
                    Map.of(), uri, headers);
        }
        LOG.errorf(e, "Unexpected failure serving %s", uri.getPath());
        return respond(500, "Something went wrong",
                "The request could not be completed. It has been logged; please try again.", Map.of(), uri, headers);
    }

    /** The first exception of the given type in a chain of causes, or null. */
    public static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.GenericJDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection failures; 28: the server refused the application's credentials
                if (state != null && (state.startsWith("08") || state.startsWith("28"))) {
                    return true;
                }
                // MariaDB: too many connections, access denied, host blocked, account locked, server gone
                if (java.util.Set.of(1040, 1045, 1129, 4151, 2002, 2003, 2006, 2013).contains(sql.getErrorCode())) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().toLowerCase().contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Response respond(int status, String title, String detail, Map<String, String> fields,
                            UriInfo uri, HttpHeaders headers) {
        if (wantsHtml(uri, headers)) {
            return Response.status(status)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.error(status, title, detail))
                    .build();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        fields.forEach((field, message) -> errors.add(new Problem.FieldError(field, message)));
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static boolean wantsHtml(UriInfo uri, HttpHeaders headers) {
        return wantsHtml(uri.getPath(), headers.getAcceptableMediaTypes());
    }

    /** A page for browsers (an HTML Accept, outside /api/), problem details for everyone else. */
    static boolean wantsHtml(String path, List<MediaType> acceptable) {
        return !path.startsWith("/api/") && acceptable.stream()
                .anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
    }

    /** "exercises[0].sets" from a path such as create.body.exercises[0].sets. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !name.isEmpty()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.isEmpty() ? "request" : name.toString();
    }
}
