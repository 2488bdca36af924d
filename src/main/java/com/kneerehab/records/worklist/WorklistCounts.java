package com.kneerehab.records.worklist;

import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * The worklist's counts for the navigation of every clinician page ({@code inject:worklistCounts} in
 * base.html), read at most once per request and only for a clinician.
 */
@Named("worklistCounts")
@RequestScoped
public class WorklistCounts {

    @Inject
    Worklist worklist;

    @Inject
    CurrentUser user;

    private static final Logger LOG = Logger.getLogger(WorklistCounts.class);
    private static final Worklist.Counts NONE = new Worklist.Counts(0, 0, false);

    private Worklist.Counts counts;

    public long items() {
        return get().items();
    }

    public long urgent() {
        return get().urgent();
    }

    /** Whether there are more items than counted (shown as "100+"). */
    public boolean more() {
        return get().more();
    }

    private Worklist.Counts get() {
        if (counts == null) {
            try {
                counts = user.hasRole(Roles.CLINICIAN) ? worklist.counts() : NONE;
            } catch (RuntimeException e) {
                // the navigation never takes a page down with it (an error page while the database is away)
                LOG.debugf("Worklist counts unavailable: %s", e.getMessage());
                counts = NONE;
            }
        }
        return counts;
    }
}
