package com.kneerehab.records.exercise;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepository<Exercise> {

    public List<Exercise> library(boolean includeRetired, int page, int size) {
        var query = includeRetired ? findAll(Sort.by("retired").and("name")) : find("retired = false", Sort.by("name"));
        return query.page(page, size).list();
    }

    public long countLibrary(boolean includeRetired) {
        return includeRetired ? count() : count("retired = false");
    }

    public List<Exercise> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public boolean nameTaken(String name, Long exceptId) {
        return exceptId == null ? count("name", name) > 0 : count("name = ?1 and id <> ?2", name, exceptId) > 0;
    }
}
