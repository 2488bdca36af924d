package com.kneerehab.records.account;

import java.util.UUID;

/**
 * Development only: stands in for Keycloak when none is configured. It keeps nothing and signs nobody
 * in; the development sign-in page is what lets demo users in. Never used in production.
 */
public class DevelopmentDirectory implements IdentityDirectory {

    @Override
    public String create(NewUser user) {
        return "dev-" + UUID.randomUUID();
    }

    @Override
    public java.util.Optional<String> findByUsername(String username) {
        return java.util.Optional.empty();
    }

    @Override
    public void delete(String id) {
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
    }

    @Override
    public void changeRole(String id, String from, String to) {
    }

    @Override
    public void resetPassword(String id, String temporaryPassword) {
    }

    @Override
    public boolean developmentOnly() {
        return true;
    }
}
