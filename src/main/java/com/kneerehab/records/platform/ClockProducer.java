package com.kneerehab.records.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** One clock for the whole application, replaceable in tests. */
@ApplicationScoped
public class ClockProducer {

    /**
     * The system clock in the clinic's time zone: instants are the same in every zone, and a "today"
     * ({@code LocalDate.now(clock)}) is the clinic's, not Greenwich's.
     */
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(ClinicTime clinic) {
        return Clock.system(clinic.zone());
    }
}
