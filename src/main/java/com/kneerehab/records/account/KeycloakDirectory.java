package com.kneerehab.records.account;

import com.kneerehab.records.platform.Roles;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The clinic's Keycloak realm, through the Keycloak Admin REST API and the account service client. */
public class KeycloakDirectory implements IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakDirectory(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    @Override
    public String create(NewUser user) {
        return call(() -> {
            UserRepresentation rep = new UserRepresentation();
            rep.setUsername(user.username());
            rep.setEmail(user.email());
            rep.setEmailVerified(user.email() != null);
            String[] names = user.displayName().strip().split("\\s+", 2);
            rep.setFirstName(names[0]);
            rep.setLastName(names.length > 1 ? names[1] : "");
            rep.setEnabled(true);
            List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD"));
            if (!Roles.PATIENT.equals(user.role())) {
                actions.add("CONFIGURE_TOTP");
            }
            rep.setRequiredActions(actions);
            rep.setCredentials(List.of(temporary(user.temporaryPassword())));
            String id;
            try (Response response = realm().users().create(rep)) {
                int status = response.getStatus();
                if (status == 409) {
                    throw new DirectoryException(DirectoryException.Kind.DUPLICATE,
                            "A sign-in account with this user name or email already exists");
                }
                if (status == 400) {
                    throw new DirectoryException(DirectoryException.Kind.INVALID, refusal(response));
                }
                if (status != 201) {
                    throw new DirectoryException(DirectoryException.Kind.FAILED,
                            "Keycloak answered " + status + " when creating the account");
                }
                String location = response.getLocation().getPath();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            try {
                addRole(id, user.role());
            } catch (RuntimeException e) {
                delete(id);
                throw e;
            }
            return id;
        });
    }

    @Override
    public java.util.Optional<String> findByUsername(String username) {
        return call(() -> realm().users().search(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).map(UserRepresentation::getId).findFirst());
    }

    @Override
    public void delete(String id) {
        call(() -> {
            try (Response ignored = realm().users().delete(id)) {
                return null;
            }
        });
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        call(() -> {
            UserResource user = realm().users().get(id);
            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(enabled);
            user.update(rep);
            if (!enabled) {
                user.logout();
            }
            return null;
        });
    }

    @Override
    public void changeRole(String id, String from, String to) {
        call(() -> {
            UserResource user = realm().users().get(id);
            List<RoleRepresentation> current = user.roles().realmLevel().listEffective().stream()
                    .filter(r -> r.getName().equals(from)).toList();
            if (!current.isEmpty()) {
                user.roles().realmLevel().remove(current);
            }
            addRole(id, to);
            return null;
        });
    }

    @Override
    public void resetPassword(String id, String temporaryPassword) {
        call(() -> {
            UserResource user = realm().users().get(id);
            user.resetPassword(temporary(temporaryPassword));
            return null;
        });
    }

    @Override
    public boolean developmentOnly() {
        return false;
    }

    private void addRole(String id, String role) {
        UserResource user = realm().users().get(id);
        List<RoleRepresentation> wanted = user.roles().realmLevel().listAvailable().stream()
                .filter(r -> r.getName().equals(role)).toList();
        if (wanted.isEmpty()) {
            throw new DirectoryException(DirectoryException.Kind.INVALID,
                    "The realm has no role \"" + role + "\": import deploy/keycloak/clinic-realm.json");
        }
        user.roles().realmLevel().add(wanted);
    }

    private static CredentialRepresentation temporary(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    private static String refusal(Response response) {
        try {
            String body = response.readEntity(String.class);
            return body == null || body.isBlank() ? "Keycloak refused the account" : "Keycloak refused the account: "
                    + body.replaceAll("[{}\"]", " ").strip();
        } catch (RuntimeException e) {
            return "Keycloak refused the account";
        }
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (DirectoryException e) {
            throw e;
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak unreachable: %s", e.getMessage());
            throw new DirectoryException(DirectoryException.Kind.UNREACHABLE,
                    "The sign-in service (Keycloak) cannot be reached. Nothing was changed; try again shortly.");
        } catch (NotFoundException e) {
            throw new DirectoryException(DirectoryException.Kind.FAILED, "Keycloak no longer knows this account");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409) {
                throw new DirectoryException(DirectoryException.Kind.DUPLICATE, "Already exists in Keycloak");
            }
            LOG.warnf("Keycloak answered %d: %s", status, e.getMessage());
            throw new DirectoryException(DirectoryException.Kind.FAILED, "Keycloak answered " + status
                    + (status == 401 || status == 403 ? ": check the account service client's secret and roles" : ""));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.net.ConnectException || e.getCause() instanceof ProcessingException) {
                throw new DirectoryException(DirectoryException.Kind.UNREACHABLE,
                        "The sign-in service (Keycloak) cannot be reached. Nothing was changed; try again shortly.");
            }
            throw e;
        }
    }
}
