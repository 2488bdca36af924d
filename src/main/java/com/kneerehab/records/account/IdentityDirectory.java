package com.kneerehab.records.account;

/**
 * Where sign-in identities live. Production uses the clinic's Keycloak realm; development without a
 * Keycloak uses a stand-in that only hands out ids.
 */
public interface IdentityDirectory {

    record NewUser(String username, String displayName, String email, String role, String temporaryPassword) {
    }

    /** Creates an enabled user with the role and a temporary password to change at first sign-in. */
    String create(NewUser user);

    /** The id of the user with this user name, if there is one. */
    java.util.Optional<String> findByUsername(String username);

    /** Removes a user; used only to undo a creation whose other half failed. */
    void delete(String id);

    /** Enables or disables sign-in; disabling also ends the user's open sessions. */
    void setEnabled(String id, boolean enabled);

    void changeRole(String id, String from, String to);

    void resetPassword(String id, String temporaryPassword);

    /** True for the development stand-in, so the pages can say that no real sign-ins are made. */
    boolean developmentOnly();
}
