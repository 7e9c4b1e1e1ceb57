package org.khet.budget.api;

/**
 * What budget-service's API document says alike of its feeds (the kit's pipeline answers them all the same way), and
 * each feed's request-body examples, so that the resources' annotations name them instead of repeating them.
 */
final class FeedDocs {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String OK = "What the feed stored: its rows, how many facts were created, updated or sent again "
            + "unchanged, and the areas and years it was about; replayed true (and nothing stored) when the same feed "
            + "was sent before";

    static final String ALLOCATIONS_CSV = """
            areaCode,fiscalYear,category,date,amount,documentNo,note
            5602,2566,personnel,2022-10-05,"12,159,000.00",ศธ 04002/ว 1234,
            5602,2566,งบลงทุน,2023-01-16,27180300.00,ศธ 04002/ว 2345,
            5602,2566,operating,2023-03-01,-150000.00,ศธ 04002/ว 3456,โอนกลับส่วนกลาง
            """;
    static final String ALLOCATIONS_JSON = """
            [{"areaCode":"5602","fiscalYear":2566,"category":"personnel","date":"2022-10-05","amount":"12159000.00","documentNo":"ศธ 04002/ว 1234"},
             {"areaCode":"5602","fiscalYear":2566,"category":"operating","date":"2023-03-01","amount":-150000.00,"documentNo":"ศธ 04002/ว 3456","note":"โอนกลับส่วนกลาง"}]
            """;
    static final String EXECUTION_CSV = """
            areaCode,fiscalYear,asOf,category,allocated,disbursed,committed,remaining,percentDisbursed,source
            5602,2566,2023-09-30,งบบุคลากร,"12,159,000.00","11,874,194.04",-,"284,805.96",97.66,ระบบ GFMIS
            5602,2566,2023-09-30,งบดำเนินงาน,"13,327,528.00","12,472,366.27","379,571.00","475,590.73",93.58,ระบบ GFMIS
            5602,2566,2023-09-30,รวม,"25,486,528.00","24,346,560.31","379,571.00","760,396.69",95.53,ระบบ GFMIS
            """;
    static final String EXECUTION_JSON = """
            [{"areaCode":"5602","fiscalYear":2566,"asOf":"2023-09-30","category":"personnel","allocated":"12,159,000.00","disbursed":11874194.04,"committed":"-","remaining":284805.96,"percentDisbursed":97.66},
             {"areaCode":"5602","fiscalYear":2566,"asOf":"2023-09-30","category":"total","allocated":12159000.00,"disbursed":11874194.04,"committed":0,"remaining":284805.96,"percentDisbursed":97.66}]
            """;
    static final String PLAN_CSV = """
            areaCode,fiscalYear,rowType,lineNo,section,group,item,planned,spent
            5602,2566,item,1,ค่าใช้จ่ายในการบริหารจัดการสำนักงาน,ค่าสาธารณูปโภค,ค่าไฟฟ้า,100000.00,90000.50
            5602,2566,item,2,ค่าใช้จ่ายในการบริหารจัดการสำนักงาน,ค่าสาธารณูปโภค,ค่าน้ำประปา,20000.00,21000.25
            5602,2566,group-total,,,ค่าสาธารณูปโภค,,120000.00,111000.75
            5602,2566,total,,,,รวมทั้งหมด,120000.00,111000.75
            """;
    static final String PLAN_JSON = """
            [{"areaCode":"5602","fiscalYear":2566,"rowType":"item","lineNo":1,"section":"ค่าใช้จ่ายในการบริหารจัดการสำนักงาน","group":"ค่าสาธารณูปโภค","item":"ค่าไฟฟ้า","planned":"100000.00","spent":"90000.50"},
             {"areaCode":"5602","fiscalYear":2566,"rowType":"total","item":"รวมทั้งหมด","planned":100000.00,"spent":90000.50}]
            """;

    private FeedDocs() {
    }
}
