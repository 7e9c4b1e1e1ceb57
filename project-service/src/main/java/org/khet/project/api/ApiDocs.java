package org.khet.project.api;

/** What the API document says more than once: feed examples and the descriptions of the answers feeds share. */
final class ApiDocs {
    private ApiDocs() {
    }

    static final String PROJECTS_TAG = "Projects of an area's fiscal year (โครงการ) with budgets, spend, owners, results "
            + "and photos; the report's project tables and their data-quality findings";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String FEED_STORED = "The feed was validated whole and stored; a feed sent before is answered with its "
            + "first result and replayed true, changing nothing";
    static final String STALE = "If-Match names another version than the stored one: read the resource again";
    static final String NOT_MODIFIED = "If-None-Match names the current ETag: the client's copy is current";

    static final String PROJECTS_CSV = """
            fiscalYear,planKind,number,title,budget,owners,strategy,actualSpend,status,achieved
            2566,ACTION_PLAN,1,โครงการรณรงค์และส่งเสริมการลดปริมาณขยะ (กิจกรรม 5 ส.),5000,นางสาวจิตติมา คำลือ,1,5000,COMPLETED,YES
            2566,ADDITIONAL,10,โครงการพัฒนาการอ่านออกเขียนได้,12000,นายสุรวัฒน์ เมืองมูล;นางอรทัย ชินหาร,,,COMPLETED,
            """;
    static final String PROJECTS_JSON = """
            [{"fiscalYear": 2566, "planKind": "ACTION_PLAN", "number": 1,
              "title": "โครงการรณรงค์และส่งเสริมการลดปริมาณขยะ (กิจกรรม 5 ส.)", "budget": 5000,
              "owners": "นางสาวจิตติมา คำลือ", "strategy": 1, "actualSpend": 5000, "status": "COMPLETED",
              "achieved": "YES"}]""";
    static final String RESULTS_CSV = """
            fiscalYear,planKind,number,kind,text,value,unit
            2566,ACTION_PLAN,1,QUANTITATIVE,ร้อยละ 90 ของบุคลากรมีการคัดแยกขยะมูลฝอย,90,ร้อยละ
            2566,ACTION_PLAN,1,QUALITATIVE,บุคลากรมีจิตสำนึกที่ดีในด้านการจัดการขยะ,,
            2566,ACTION_PLAN,1,SUGGESTION,ควรมีการสร้างแรงจูงใจในการทำกิจกรรม 5ส,,
            """;
    static final String RESULTS_JSON = """
            [{"fiscalYear": 2566, "planKind": "ACTION_PLAN", "number": 1, "kind": "QUANTITATIVE",
              "text": "ร้อยละ 90 ของบุคลากรมีการคัดแยกขยะมูลฝอย", "value": 90, "unit": "ร้อยละ"},
             {"fiscalYear": 2566, "planKind": "ACTION_PLAN", "number": 1, "kind": "QUALITATIVE",
              "text": "บุคลากรมีจิตสำนึกที่ดีในด้านการจัดการขยะ"}]""";
}
