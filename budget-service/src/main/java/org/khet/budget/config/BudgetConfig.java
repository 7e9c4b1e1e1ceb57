package org.khet.budget.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** budget-service's own settings ({@code khet.budget.*}). */
@ConfigMapping(prefix = "khet.budget")
public interface BudgetConfig {

    ProjectFunding projectFunding();

    interface ProjectFunding {
        /** Project budgets and spend from project-service's events on khet.project. */
        @WithDefault("true")
        boolean enabled();
    }
}
