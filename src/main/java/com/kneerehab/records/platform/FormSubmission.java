package com.kneerehab.records.platform;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way pages handle a posted form: validate the input, run the action, then redirect
 * (post-redirect-get) on success, or show the same form again with every message and every typed
 * value on failure. Refusals leave the database unchanged because the action's transaction rolls back.
 */
@ApplicationScoped
public class FormSubmission {

    @Inject
    Validator validator;

    public <I, R> Response handle(Form form, I input, Function<I, R> action, Function<R, String> successLocation,
                                  Supplier<TemplateInstance> formAgain) {
        if (input != null) {
            form.reject(validator.validate(input));
        }
        if (input == null || form.hasErrors()) {
            return again(422, formAgain);
        }
        try {
            R result = action.apply(input);
            return Response.seeOther(URI.create(successLocation.apply(result))).build();
        } catch (DomainException e) {
            form.reject(e);
            return again(e.status(), formAgain);
        }
    }

    /** Validates only: the answer to show when the input is refused, or null when it may go ahead. */
    public Response validate(Form form, Object input, Supplier<TemplateInstance> formAgain) {
        form.reject(validator.validate(input));
        return form.hasErrors() ? again(422, formAgain) : null;
    }

    public static Response again(int status, Supplier<TemplateInstance> formAgain) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(formAgain.get()).build();
    }
}
