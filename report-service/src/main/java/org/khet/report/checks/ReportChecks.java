package org.khet.report.checks;

import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.report.domain.Part;
import org.khet.report.service.UpstreamData;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * report-service's own consistency checks (ADR 0024), across what the services answered and the office's texts:
 * each class of rule is a class of this package; this runs them in the order of the report's parts and gives their
 * findings, which follow the services' own in the findings annex and in {@code GET /v1/reports/findings}.
 */
public final class ReportChecks {
    public static final String SOURCE = "report-service";
    /** A signatory as the office's texts print one: the name with its title in parentheses, "(นายสำเนียง อัดไพบูลย์)". */
    private static final Pattern SIGNATURE = Pattern.compile("\\(\\s*((?:"
            + ThaiNames.TITLES.stream().map(t -> Pattern.quote(t.text())).collect(Collectors.joining("|")) + ")[^()]{2,60})\\)");

    private ReportChecks() {
    }

    public static List<Finding> run(String areaCode, FiscalYear fy, UpstreamData d, Map<TextBlock, ReportText> texts,
                                    List<Part> parts) {
        String ownName = d.area() != null ? d.area().nameTh() : d.school() != null ? d.school().areaNameTh() : null;
        Finding.Subject area = Finding.Subject.area(areaCode, ownName);
        List<Finding> out = new ArrayList<>();
        out.addAll(NameSpellingCheck.check(names(d, texts)));
        out.addAll(CountChecks.summary(area, d.school()));
        out.addAll(GradeSchoolsCheck.check(area, d.school(), d.tests()));
        out.addAll(OverallLevelCheck.check(area, d.evaluations()));
        for (ProjectView p : d.projectPages() == null ? List.<ProjectView>of() : d.projectPages()) {
            out.addAll(CountChecks.percentages(Finding.Subject.of(SubjectKind.PROJECT,
                    p.planKind().code() + "-" + p.number(), p.title()), where(p), p.quantitativeResults()));
        }
        out.addAll(TextChecks.otherOffice(area, ownName, texts));
        out.addAll(TextChecks.years(area, fy.be(), texts, parts));
        return out;
    }

    /**
     * Every name the report prints — unit directors, project owners, signatories of the office's texts — and the
     * office staff register's (school-service), whose placeholders ("… คนที่ 2 (ชื่อสมมติ)") name nobody and are skipped.
     * School directors are not read: school-service stores no school director's name.
     */
    static List<NameSpellingCheck.Written> names(UpstreamData d, Map<TextBlock, ReportText> texts) {
        List<NameSpellingCheck.Written> out = new ArrayList<>();
        for (OfficeStaffMember m : d.staff() == null ? List.<OfficeStaffMember>of() : d.staff()) {
            if (!m.placeholder()) {
                out.add(new NameSpellingCheck.Written(m.nameTh(), "ทะเบียนบุคลากรสำนักงาน", "the office staff register"));
            }
        }
        if (d.area() != null && d.area().units() != null) {
            for (OfficeUnit u : d.area().units()) {
                if (u.directorName() != null) {
                    out.add(new NameSpellingCheck.Written(u.directorName(), "ทำเนียบ " + u.nameTh(),
                            "head of unit " + u.code()));
                }
            }
        }
        for (ProjectView p : d.projectPages() == null ? List.<ProjectView>of() : d.projectPages()) {
            for (ProjectOwner o : p.owners() == null ? List.<ProjectOwner>of() : p.owners()) {
                out.add(new NameSpellingCheck.Written(o.nameTh(), shortWhere(p),
                        "owner of " + p.planKind().labelEn() + " " + p.number()));
            }
        }
        if (texts != null) {
            for (Map.Entry<TextBlock, ReportText> e : texts.entrySet()) {
                for (ReportText.Element el : e.getValue().elements()) {
                    List<String> strings = new ArrayList<>();
                    if (el.text() != null) {
                        strings.add(el.text());
                    }
                    if (el.items() != null) {
                        strings.addAll(el.items());
                    }
                    for (String s : strings) {
                        Matcher m = SIGNATURE.matcher(s);
                        while (m.find()) {
                            out.add(new NameSpellingCheck.Written(m.group(1), "ผู้ลงนาม" + e.getKey().titleTh(),
                                    "signatory of the " + e.getKey().key()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "แผนปฏิบัติการ ที่ 12", "เพิ่มเติม ที่ 3": a project as project-service's owner lists name it. */
    static String shortWhere(ProjectView p) {
        return (p.planKind() == org.khet.contracts.read.project.PlanKind.ACTION_PLAN ? "แผนปฏิบัติการ ที่ " : "เพิ่มเติม ที่ ")
                + p.number();
    }

    /** "โครงการตามแผนปฏิบัติการ ที่ 12", as the report names a project. */
    static String where(ProjectView p) {
        return p.planKind().labelTh() + " ที่ " + p.number();
    }
}
