package com.kneerehab.records.portal;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Supplier;

/** The signed-in patient's record, looked up once per request however many portal calls need it. */
@RequestScoped
public class PortalCaller {

    private PortalService.Me me;

    PortalService.Me get(Supplier<PortalService.Me> lookUp) {
        if (me == null) {
            me = lookUp.get();
        }
        return me;
    }
}
