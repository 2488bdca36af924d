package com.kneerehab.records.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The clinic this installation serves, as printed on its documents ({@code {inject:clinic.name}}). */
@ApplicationScoped
@Named("clinic")
public class Clinic {

    @ConfigProperty(name = "knee-rehab.clinic-name")
    String name;

    public String name() {
        return name;
    }
}
