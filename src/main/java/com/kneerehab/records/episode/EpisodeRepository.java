package com.kneerehab.records.episode;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EpisodeRepository implements PanacheRepository<EpisodeOfCare> {

    /** The patient's episodes, newest first (on the unique key patient_id, episode_number). */
    public List<EpisodeOfCare> history(long patientId) {
        return list("patientId", Sort.descending("number"), patientId);
    }

    /** The newest episode, open or discharged. */
    public Optional<EpisodeOfCare> latest(long patientId) {
        return find("patientId", Sort.descending("number"), patientId).firstResultOptional();
    }

    public int nextNumber(long patientId) {
        Integer max = getEntityManager().createQuery(
                        "select max(e.number) from EpisodeOfCare e where e.patientId = :patient", Integer.class)
                .setParameter("patient", patientId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
