package org.khet.report.checks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.report.domain.Report;
import org.khet.report.service.ReportComposer;
import org.khet.report.service.UpstreamData;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class DemoChecksTest {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static <T> T fixture(String file, Class<T> type) throws IOException {
        try (InputStream in = DemoChecksTest.class.getResourceAsStream("/fixtures/5602/" + file)) {
            return JSON.readValue(in, type);
        }
    }

    static UpstreamData demo() throws IOException {
        JsonNode page = JSON.readTree(DemoChecksTest.class.getResourceAsStream("/fixtures/5602/projects.json"));
        List<ProjectView> projects = new ArrayList<>();
        for (JsonNode n : page.path("items")) {
            projects.add(JSON.treeToValue(n, ProjectView.class));
        }
        List<SchoolNetwork> networks = List.of(fixture("networks.json", SchoolNetwork[].class));
        return new UpstreamData(fixture("area.json", AreaProfile.class), networks,
                fixture("school-summary.json", AreaSummary.class), fixture("tests.json", AreaTestsView.class),
                fixture("evaluations.json", AreaEvaluationsView.class), fixture("budget.json", AreaBudgetView.class),
                fixture("projects-summary.json", ProjectSummary.class), projects,
                fixture("strategic-plan.json", StrategicPlanView.class));
    }

    @Test
    void show() throws IOException {
        UpstreamData d = demo();
        Report r = new ReportComposer(null, null, null, null, null).compose("5602", FiscalYear.of(2566), d, Map.of());
        for (Finding f : r.findings()) {
            System.out.println(f.code() + " | " + f.severity() + " | " + f.table() + " | " + f.row() + " | " + f.reported() + " | " + f.computed() + " | " + f.messageTh());
        }
    }
}
