package com.kneerehab.records.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An exercise in the clinic's library. Retired rather than deleted, so plans that use it keep it. */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 120)
    public String name;

    @Column(nullable = false, length = 1000)
    public String purpose;

    @Column(nullable = false, length = 500)
    public String targets;

    @Column(nullable = false, length = 4000)
    public String instructions;

    @Embedded
    public Dosage defaultDosage = new Dosage();

    @Column(name = "image_url", length = 500)
    public String imageUrl;

    @Column(nullable = false)
    public boolean retired;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
