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

    private static PlatformMessages text() {
        return Messages.get(PlatformMessages.class);
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
        return respond(400, text().invalidRequestTitle(), text().invalidRequest(), fields, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, text().unreadableTitle(), text().unreadableJson(), Map.of(), uri, headers);
    }

    /** Wrong types and unknown choices ("MIDDLE" for a side); more specific than Quarkus' own mapper. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri,
                                   HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("request");
        return respond(400, text().unreadableTitle(), text().mismatchedJson(), Map.of(field, text().notAllowedValue()),
                uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, text().forbiddenTitle(), text().forbidden(), Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 302 || status == 303) {
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        PlatformMessages text = text();
        String title = known == null ? text.requestFailedTitle() : statusTitle(known, text);
        String detail = switch (status) {
            case 404 -> text.status404();
            case 405 -> text.status405();
            case 406 -> text.status406();
            case 413 -> text.status413();
            case 415 -> text.status415();
            default -> text.statusOther(title);
        };
        return respond(status, title, detail, Map.of(), uri, headers);
    }

    /** Two requests raced for the same unique slot (a second current plan, a duplicate name). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
                               HttpHeaders headers) {
        LOG.infof("Refused a write that breaks constraint %s", e.getConstraintName());
        return respond(409, text().conflictingChangeTitle(), text().conflictingChange(), Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        var constraint = causeOfType(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null) {
            return constraint(constraint, uri, headers);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", uri.getPath(), e.getMessage());
            return respond(503, text().unavailableTitle(), text().databaseUnavailable(), Map.of(), uri, headers);
        }
        LOG.errorf(e, "Unexpected failure serving %s", uri.getPath());
        return respond(500, text().unexpectedTitle(), text().unexpected(), Map.of(), uri, headers);
    }

    /** HTTP's reason phrase for the statuses a person meets on a page; the protocol's own words otherwise. */
    private static String statusTitle(Response.Status status, PlatformMessages text) {
        return switch (status.getStatusCode()) {
            case 403 -> text.status403Title();
            case 404 -> text.status404Title();
            case 405 -> text.status405Title();
            case 406 -> text.status406Title();
            case 413 -> text.status413Title();
            case 415 -> text.status415Title();
            default -> status.getReasonPhrase();
        };
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

    /** A page for browsers (an HTML Accept, outside /api/ and /fhir/), problem details for everyone else. */
    static boolean wantsHtml(String path, List<MediaType> acceptable) {
        return !path.startsWith("/api/") && !path.startsWith("/fhir/") && acceptable.stream()
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
