package org.khet.contracts.read.national;

import org.khet.contracts.read.Page;

/** The national projects roll-up (project-service): a page of the areas' projects of a fiscal year. */
public record NationalProjectsView(int fiscalYear, Page<ProjectsArea> areas) {
}
