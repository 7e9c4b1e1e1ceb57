package org.khet.assessment.national;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.national.AreaProfiles;
import org.khet.kit.org.OrgDirectory;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * A hand-made nation of four areas (years 2590/2591, which no other test uses), with figures worked by hand in
 * {@link NationalRollupsTest}:
 * <pre>
 * area  affiliation  province  ITA 2591  ITA 2590   O-NET P6 2590: 61 (mean/takers)   63          64
 * 7701  primary      พะเยา     97.30     97.10      60.00 / 100                        40.00/100   40.00 / 100
 * 7702  primary      น่าน       97.30     98.90      50.00 / 300                        –           40.00 / 300
 * 7703  secondary    พะเยา     86.31     96.52      none: schools 40.00/10 + 70.00/30  –           –
 * 7704  secondary    น่าน       74.00     –          55.55 / takers not said            –           –
 * OBEC published                                    53.41                              40.01       40.02
 * </pre>
 */
final class NationalAreas {
    static final String[] AREAS = {"7701", "7702", "7703", "7704"};

    private NationalAreas() {
    }

    static void load(String authorization) {
        OrgDirectory d = CDI.current().select(OrgDirectory.class).get();
        AreaProfiles profiles = CDI.current().select(AreaProfiles.class).get();
        String[][] areas = {{"7701", "primary", "พะเยา"}, {"7702", "primary", "น่าน"},
                {"7703", "secondary", "พะเยา"}, {"7704", "secondary", "น่าน"}};
        QuarkusTransaction.requiringNew().run(() -> {
            d.apply(new OrgUnitChanged("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.", null, "open"));
            for (String[] a : areas) {
                String name = (a[1].equals("primary") ? "สพป." : "สพม.") + a[2] + " ทดสอบ " + a[0];
                d.apply(new OrgUnitChanged(a[0], OrgUnitChanged.AREA, "obec", a[0], name, null, "open"));
                profiles.apply(new AreaProfileChanged(a[0], name, null, a[1], a[2], null, null, null));
            }
            d.apply(new OrgUnitChanged("7703-01", OrgUnitChanged.DISTRICT, "7703", "7703", "อำเภอทดสอบ", null, "open"));
            d.apply(new OrgUnitChanged("77030001", OrgUnitChanged.SCHOOL, "7703-01", "7703", "โรงเรียนทดสอบหนึ่ง", null, "open"));
            d.apply(new OrgUnitChanged("77030002", OrgUnitChanged.SCHOOL, "7703-01", "7703", "โรงเรียนทดสอบสอง", null, "open"));
        });
        for (int year : new int[]{2590, 2591}) {
            as(authorization).contentType(ContentType.JSON).body("""
                    {"family":"ITA","nameTh":"ITA Online ทดสอบ %d","fiscalYear":%d,"rubric":"ITA-GRADE",
                     "indicators":[{"code":"ITA","titleTh":"คะแนน ITA","kind":"GRADE"}]}""".formatted(year, year))
                    .put("/v1/frameworks/ITA-N" + year).then().statusCode(anyOf(is(201), is(200)));
        }
        feed(authorization, "/v1/evaluations/feed", """
                areaCode,fiscalYear,framework,indicator,score,reportedGrade,rank,rankOf,reportedChange
                7701,2590,ITA-N2590,ITA,97.10,AA,,,
                7702,2590,ITA-N2590,ITA,98.90,AA,,,
                7703,2590,ITA-N2590,ITA,96.52,AA,,,
                7701,2591,ITA-N2591,ITA,97.30,AA,2,4,0.20
                7702,2591,ITA-N2591,ITA,97.30,AA,,,
                7703,2591,ITA-N2591,ITA,86.31,A,,,
                7704,2591,ITA-N2591,ITA,74.00,C,,,
                """);
        feed(authorization, "/v1/test-statistics/feed", """
                academicYear,test,subject,level,orgCode,meanPercent,takers
                2590,ONET-P6,61,AREA,7701,60.00,100
                2590,ONET-P6,61,AREA,7702,50.00,300
                2590,ONET-P6,61,SCHOOL,77030001,40.00,10
                2590,ONET-P6,61,SCHOOL,77030002,70.00,30
                2590,ONET-P6,61,AREA,7704,55.55,
                2590,ONET-P6,63,AREA,7701,40.00,100
                2590,ONET-P6,64,AREA,7701,40.00,100
                2590,ONET-P6,64,AREA,7702,40.00,300
                2590,ONET-P6,61,OBEC,,53.41,
                2590,ONET-P6,63,OBEC,,40.01,
                2590,ONET-P6,64,OBEC,,40.02,
                2590,ONET-P6,61,NATION,,54.00,
                """);
    }

    /** A request with the bearer token, or without one where tokens are not checked (null). */
    static io.restassured.specification.RequestSpecification as(String authorization) {
        return authorization == null ? given() : given().header("Authorization", authorization);
    }

    private static void feed(String authorization, String path, String csv) {
        as(authorization).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(path).then().statusCode(200);
    }
}
