package com.kneerehab.records.account;

import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Notices;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.function.BiFunction;

/** The admin's account pages. Temporary passwords are shown once, on the answer to the form, never stored. */
@Path("/admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    static final List<String> ROLES = List.of(Roles.CLINICIAN, Roles.PATIENT, Roles.ADMIN);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccountView> accounts, String q, boolean development, String notice);

        static native TemplateInstance form(Form form, List<String> roles, boolean development);

        static native TemplateInstance account(AccountView account, Form form, List<String> roles, boolean development,
                                               String notice);

        static native TemplateInstance password(AccountView account, String temporaryPassword, boolean created);
    }

    @Inject
    AccountService accounts;

    @Inject
    FormSubmission submission;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("notice") String notice) {
        String query = q == null ? "" : q.strip();
        return Templates.list(accounts.search(query), query, accounts.developmentDirectory(), Notices.text(notice));
    }

    @GET
    @Path("/new")
    public TemplateInstance createForm(@QueryParam("role") String role) {
        return Templates.form(Form.empty().with("role", role == null ? Roles.CLINICIAN : role), ROLES,
                accounts.developmentDirectory());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        AccountInput input = new AccountInput(form.text("username"), form.text("displayName"), form.text("email"),
                form.text("role"), form.text("patientMrn"));
        Response refused = submission.validate(form, input,
                () -> Templates.form(form, ROLES, accounts.developmentDirectory()));
        if (refused != null) {
            return refused;
        }
        try {
            AccountService.Created created = accounts.create(input);
            return secret(Templates.password(created.account(), created.temporaryPassword(), true), 201);
        } catch (DomainException e) {
            form.reject(e);
            return FormSubmission.again(e.status(), () -> Templates.form(form, ROLES, accounts.developmentDirectory()));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance account(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return page(id, Form.empty(), Notices.text(notice));
    }

    @POST
    @Path("/{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setActive(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return change(id, body, (form, version) -> accounts.setActive(id, form.flag("active"), version));
    }

    @POST
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return change(id, body, (form, version) -> accounts.changeRole(id, form.text("role"), version));
    }

    @POST
    @Path("/{id}/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return change(id, body, (form, version) -> accounts.linkPatient(id, form.text("patientMrn"), version));
    }

    @POST
    @Path("/{id}/unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlink(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return change(id, body, (form, version) -> accounts.unlinkPatient(id, version));
    }

    /** One change to an account from its page: redirect back with a notice, or the page with the message. */
    private Response change(long id, MultivaluedMap<String, String> body,
                            BiFunction<Form, Integer, AccountView> action) {
        Form form = Form.of(body);
        return submission.handle(form, form.integer("version"), version -> action.apply(form, version),
                saved -> "/admin/accounts/" + id + "?notice=account-saved", () -> page(id, form, null));
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id) {
        String password = accounts.resetPassword(id);
        return secret(Templates.password(accounts.get(id), password, false), 200);
    }

    private TemplateInstance page(long id, Form form, String notice) {
        return Templates.account(accounts.get(id), form, ROLES, accounts.developmentDirectory(), notice);
    }

    private static Response secret(TemplateInstance page, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(page).build();
    }
}
