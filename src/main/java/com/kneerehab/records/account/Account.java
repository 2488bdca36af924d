package com.kneerehab.records.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The application's side of a sign-in account: which identity-provider user it is, the role it holds
 * here, and for a patient the record it is linked to.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The identity provider's id for the user. */
    @Column(nullable = false, unique = true, length = 100)
    public String subject;

    /** The user name the person signs in with; what the application sees as the principal name. */
    @Column(nullable = false, unique = true, length = 100)
    public String username;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(length = 254)
    public String email;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "patient_id", unique = true)
    public Long patientId;

    @Column(nullable = false)
    public boolean active = true;

    /** The language a patient reads the portal in ("en", "es"); null follows the browser. */
    @Column(name = "preferred_language", length = 8)
    public String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
