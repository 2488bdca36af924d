package com.kneerehab.records.architecture;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.audit.AuditSealer;
import com.kneerehab.records.audit.AuditVerifier;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries live in repositories, pages call services: outside a {@code *Repository} no class writes a
 * JPQL, HQL or SQL query, and no page or API class touches a repository or the entity manager. The
 * exceptions are the audit trail's own plain-JDBC core, outside Hibernate: {@link AuditLog}, which appends
 * entries in the transaction of the work they record, {@link AuditSealer}, which chains them in
 * transactions of its own, and {@link AuditVerifier} with {@code LegacyTrail}, which check the chain in
 * one consistent read.
 */
class QueriesInRepositoriesTest {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(FeatureStackTest.ROOT);

    static final DescribedPredicate<JavaMethodCall> A_QUERY = DescribedPredicate.describe(
            "a query written as text", call -> writesQuery(call));

    static boolean writesQuery(JavaMethodCall call) {
        String name = call.getName();
        if (call.getTargetOwner().isAssignableTo(EntityManager.class)) {
            return name.startsWith("create") && name.endsWith("Query");
        }
        if (call.getTargetOwner().isAssignableTo(Connection.class)) {
            return name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement");
        }
        if (call.getTargetOwner().isAssignableTo(PanacheRepositoryBase.class)) {
            var parameters = call.getTarget().getRawParameterTypes();
            return Set.of("find", "list", "stream", "count", "update", "delete", "exists").contains(name)
                    && !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
        }
        return false;
    }

    @Test
    void onlyRepositoriesWriteQueries() {
        EvaluationResult result = noClasses()
                .that().haveSimpleNameNotEndingWith("Repository")
                .and().doNotBelongToAnyOf(AuditLog.class, AuditSealer.class, AuditVerifier.class)
                .and().doNotHaveFullyQualifiedName("com.kneerehab.records.audit.LegacyTrail")
                .should().callMethodWhere(A_QUERY)
                .evaluate(APPLICATION);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    @Test
    void pagesAndApiResourcesUseServicesOnly() {
        EvaluationResult result = noClasses()
                .that().haveSimpleNameEndingWith("Pages").or().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .evaluate(APPLICATION);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    /** The rule sees a query in a service, whether typed for the entity manager or for Panache. */
    @Test
    void theRuleCatchesAQueryOutsideARepository() {
        JavaClasses samples = new ClassFileImporter().importClasses(QueryInAService.class);
        String report = noClasses().should().callMethodWhere(A_QUERY).evaluate(samples)
                .getFailureReport().toString();
        assertTrue(report.contains("EntityManager.createQuery"), report);
        assertTrue(report.contains("PanacheRepositoryBase.list") || report.contains(".list("), report);
    }

    /** Wrong on purpose, for the test above. */
    static class QueryInAService {
        EntityManager em;
        io.quarkus.hibernate.orm.panache.PanacheRepository<Object> repository;

        Object bad() {
            repository.list("name = ?1", "x");
            return em.createQuery("from Patient").getResultList();
        }
    }
}
