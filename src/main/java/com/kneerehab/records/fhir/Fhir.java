package com.kneerehab.records.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;

/** Small conversions every mapping uses: references, dates and instants (always written in UTC). */
final class Fhir {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Fhir() {
    }

    static Reference ref(Resource resource) {
        return new Reference(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
    }

    static Reference ref(String type, String id) {
        return new Reference(type + "/" + id);
    }

    /** A person named by the record but not served as a resource of their own (clinicians). */
    static Reference named(String display) {
        return new Reference().setDisplay(display);
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, UTC);
    }

    static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }
}
