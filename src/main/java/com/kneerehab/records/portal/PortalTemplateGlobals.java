package com.kneerehab.records.portal;

import io.quarkus.qute.TemplateGlobal;

import java.util.List;

/** Values every portal template may read. */
@TemplateGlobal
public class PortalTemplateGlobals {

    /** The safety stop-list, in the order the notice and the warning form show it. */
    static List<WarningSymptom> warningSymptoms() {
        return List.of(WarningSymptom.values());
    }
}
