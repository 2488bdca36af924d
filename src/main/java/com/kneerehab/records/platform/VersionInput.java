package com.kneerehab.records.platform;

import jakarta.validation.constraints.NotNull;

/** The version of the record the client last read, for actions that carry nothing else. */
public record VersionInput(@NotNull(message = "{platform.version.required}") Integer version) {
}
