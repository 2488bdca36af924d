package com.kneerehab.records.account;

import com.kneerehab.records.platform.Problem;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.VersionInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@APIResponse(responseCode = "409", description = "Duplicate in the sign-in service, or edited elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Refused (unknown MRN, record already linked, ...)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The sign-in service (Keycloak) cannot be reached; nothing changed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AccountResource {

    public record CreatedAccount(AccountView account, String temporaryPassword) {
    }

    public record RoleInput(@NotNull Integer version, @NotBlank String role) {
    }

    public record LinkInput(@NotNull Integer version, @NotBlank String patientMrn) {
    }

    public record PasswordReset(String temporaryPassword) {
    }

    @Inject
    AccountService accounts;

    @GET
    public List<AccountView> search(@QueryParam("q") String q) {
        return accounts.search(q);
    }

    @GET
    @Path("/{id}")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Operation(summary = "Create an account; the temporary password is in this answer only")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@Valid @NotNull AccountInput input, @Context UriInfo uri) {
        AccountService.Created created = accounts.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.account().id())).build())
                .header("Cache-Control", "no-store")
                .entity(new CreatedAccount(created.account(), created.temporaryPassword())).build();
    }

    @POST
    @Path("/{id}/deactivation")
    @Operation(summary = "Stop the account signing in; ends its open sessions")
    public AccountView deactivate(@PathParam("id") long id, @Valid @NotNull VersionInput input) {
        return accounts.setActive(id, false, input.version());
    }

    @DELETE
    @Path("/{id}/deactivation")
    public AccountView reactivate(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return accounts.setActive(id, true, version);
    }

    @PUT
    @Path("/{id}/role")
    public AccountView role(@PathParam("id") long id, @Valid @NotNull RoleInput input) {
        return accounts.changeRole(id, input.role(), input.version());
    }

    @PUT
    @Path("/{id}/patient-link")
    public AccountView link(@PathParam("id") long id, @Valid @NotNull LinkInput input) {
        return accounts.linkPatient(id, input.patientMrn(), input.version());
    }

    @DELETE
    @Path("/{id}/patient-link")
    public AccountView unlink(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return accounts.unlinkPatient(id, version);
    }

    @POST
    @Path("/{id}/password-reset")
    @Operation(summary = "Issue a temporary password that must be changed at the next sign-in")
    public Response resetPassword(@PathParam("id") long id) {
        return Response.ok(new PasswordReset(accounts.resetPassword(id))).header("Cache-Control", "no-store").build();
    }
}
