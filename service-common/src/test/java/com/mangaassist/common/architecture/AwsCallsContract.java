package com.mangaassist.common.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * What every service's {@code *AwsCallsAreDeclaredTest} checks: the AWS calls the service's code makes (and the
 * tables and queues it wires in) are exactly those its task role is declared to grant in {@code
 * ServicePermissions}, a call without a grant or a grant without a call is red, and every DynamoDB action of an
 * adapter is declared on the table that adapter is wired with.
 */
public abstract class AwsCallsContract {

    private final String service;
    private final String rootPackage;

    /**
     * @param service the module name, as {@code ServicePermissions} knows it
     * @param rootPackage the service's root package, e.g. {@code com.mangaassist.orchestrator}
     */
    protected AwsCallsContract(String service, String rootPackage) {
        this.service = service;
        this.rootPackage = rootPackage;
    }

    @Test
    void everyAwsCallIsDeclaredAndEveryDeclaredGrantIsCalled() {
        AwsCalls.Derived code = AwsCalls.derive(classes(), rootPackage);

        assertThat(AwsCalls.differences(code, AwsCalls.Derived.declared(service)))
                .as("%s calls %s and wires %s", service, code.actions(), code.resources())
                .isEmpty();
    }

    @Test
    void everyTableActionOfAnAdapterIsDeclaredOnTheTableItIsWiredWith() {
        assertThat(AwsCalls.undeclaredTableActions(classes(), rootPackage, service))
                .isEmpty();
    }

    private JavaClasses classes() {
        return AwsCalls.importService(rootPackage);
    }
}
