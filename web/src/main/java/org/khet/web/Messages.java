package org.khet.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words: Thai here (the default), English in {@code messages/msg_en.properties}. Templates use them as
 * {@code {msg:key}}; a key missing in either language fails the build.
 */
@MessageBundle(value = "msg", locale = "th")
public interface Messages {
    @Message("Khet · ระบบข้อมูลสำนักงานเขตพื้นที่การศึกษา") String appName();
    @Message("ข้ามไปยังเนื้อหา") String skipToContent();
    @Message("เมนูหลัก") String navLabel();
    @Message("English") String otherLanguage();
    @Message("ออกจากระบบ") String signOut();
    @Message("เข้าสู่ระบบ") String signIn();
    @Message("เข้าสู่ระบบ") String signinTitle();
    @Message("หน้าเข้าสู่ระบบสำหรับการพัฒนา: เลือกบทบาทและหน่วยงาน ระบบจะออกโทเค็นด้วยกุญแจสำหรับการพัฒนา") String signinDevNote();
    @Message("บทบาท") String roleLabel();
    @Message("รหัสหน่วยงาน") String orgLabel();
    @Message("รหัสเขตพื้นที่ 4 หลัก (เช่น 5602), รหัสโรงเรียน 10 หลัก หรือ obec") String orgHelp();
    @Message("ชื่อผู้ใช้ (ไม่บังคับ)") String nameLabel();
    @Message("การเข้าสู่ระบบสำหรับการพัฒนาปิดอยู่ และยังไม่ได้ตั้งค่าผู้ให้บริการยืนยันตัวตน (OIDC)") String devSigninOff();
    @Message("ไม่มีบทบาทนี้ในระบบ") String roleUnknown();
    @Message("รหัสหน่วยงานต้องเป็นรหัสเขต 4 หลัก รหัสโรงเรียน 8–10 หลัก หรือ obec") String orgInvalid();
    @Message("ชื่อผู้ใช้ยาวเกินไปหรือมีอักขระที่ใช้ไม่ได้") String nameInvalid();
    @Message("ข้อมูลการเข้าสู่ระบบไม่ถูกต้อง") String signinInvalid();
    @Message("ไม่พบกุญแจสำหรับการพัฒนา") String devKeyMissing();
    @Message("""
            {#when role}{#is 'area-officer'}เจ้าหน้าที่เขตพื้นที่{#is 'school-officer'}เจ้าหน้าที่โรงเรียน\
            {#is 'school-director'}ผู้อำนวยการโรงเรียน{#is 'obec-admin'}ผู้ดูแลระบบ สพฐ.{#is 'viewer'}ผู้อ่าน\
            {#else}{role}{/when}""") String role(String role);
    @Message("ไม่สามารถติดต่อเกตเวย์ได้ ลองใหม่อีกครั้งภายหลัง") String gatewayUnreachable();
    @Message("""
            {#when status}{#is 401}ต้องเข้าสู่ระบบใหม่{#is 403}ไม่มีสิทธิ์ทำรายการนี้{#is 404}ไม่พบข้อมูล\
            {#is 409}สถานะไม่อนุญาตให้ทำรายการนี้{#is 429}มีคำขอมากเกินไป กรุณารอสักครู่\
            {#is 503}บริการไม่พร้อมใช้งาน{#is 504}บริการตอบช้าเกินไป{#else}เกิดข้อผิดพลาด (รหัส {status}){/when}""")
    String statusInWords(int status);
    @Message("รหัส {status}") String statusCode(int status);
    @Message("ระบบใช้เวลานานกว่าที่รอได้ อาจเป็นเพราะมีงานมากในขณะนี้ (เช่น การสร้างรายงาน PDF) กรุณาลองอีกครั้งในอีกสักครู่ หากเป็นการบันทึกหรือเผยแพร่ โปรดเปิดหน้านี้ใหม่เพื่อดูว่าบันทึกแล้วหรือยังก่อนทำซ้ำ")
    String slowHint();
    @Message("รายการที่ต้องแก้ไข") String errorsCaption();
    @Message("แถว") String row();
    @Message("คอลัมน์") String column();
    @Message("ช่อง") String field();
    @Message("ข้อความ") String messageHeader();
    @Message("เปิด") String open();

    @Message("เขตพื้นที่ {area}") String areaTitle(String area);
    @Message("รายงานประจำปีงบประมาณ {fy}") String reportLink(int fy);
    @Message("สถานะการส่งข้อมูลรายรอบ") String roundBoard();
    @Message("ยังไม่มีรอบการจัดเก็บข้อมูล") String noRounds();
    @Message("""
            {#when kind}{#is 'enrolment'}ข้อมูลนักเรียน{#is 'staffing'}ข้อมูลบุคลากร{#is 'admissions'}การรับนักเรียน\
            {#is 'transitions'}การศึกษาต่อ{#else}{kind}{/when} รอบที่ {round} ปีการศึกษา {year}""")
    String roundHeading(String kind, Integer round, Integer year);
    @Message("""
            {#when state}{#is 'planned'}วางแผน{#is 'open'}เปิดรับข้อมูล{#is 'closed'}ปิดรับข้อมูล{#is 'locked'}ล็อกแล้ว\
            {#else}{state}{/when}""") String roundState(String state);
    @Message("ข้อมูล ณ วันที่ {snapshot} · ปิดรับ {closes}") String roundDates(java.time.LocalDate snapshot, java.time.LocalDate closes);
    @Message("จำนวนโรงเรียนตามสถานะการส่ง") String boardCaption();
    @Message("กลุ่ม") String group();
    @Message("ต้องส่ง") String expected();
    @Message("ส่งแล้ว") String submitted();
    @Message("ผอ. รับรองแล้ว") String certified();
    @Message("เขตรับทราบแล้ว") String acknowledged();
    @Message("ส่งช้า") String late();
    @Message("ส่งตรงเวลา (%)") String onTime();
    @Message("ทั้งเขต") String wholeArea();
    @Message("อำเภอ") String district();
    @Message("เครือข่าย") String network();
    @Message("โรงเรียนที่ยังไม่ส่ง ({count} โรง)") String missingSchools(int count);
    @Message("ดูโรงเรียน (รหัส)") String drillLabel();
    @Message("ข้อสังเกตที่ต้องตรวจสอบ ปีงบประมาณ {fy}") String findingsHeading(int fy);
    @Message("{count} รายการ") String findingsCount(Integer count);
    @Message("ระดับ") String severity();
    @Message("ตำแหน่ง") String findingWhere();
    @Message("ตัวเลขที่รายงาน") String reported();
    @Message("ตัวเลขที่คำนวณ") String computed();

    @Message("โรงเรียน {school}") String schoolTitle(String school);
    @Message("""
            {#when status}{#is 'not-submitted'}ยังไม่ส่ง{#is 'submitted'}ส่งแล้ว{#is 'warnings-acknowledged'}ชี้แจงคำเตือนแล้ว\
            {#is 'certified'}ผอ. รับรองแล้ว{#is 'acknowledged'}เขตรับทราบแล้ว{#is 'locked'}ล็อกแล้ว{#else}{status}{/when}""")
    String status(String status);
    @Message("การส่งข้อมูลของโรงเรียน {school}") String submissionTitle(String school);
    @Message("สถานะ") String statusLabel();
    @Message("ส่งช้ากว่ากำหนด") String lateFlag();
    @Message("ส่งแบบฟอร์มข้อมูล") String uploadHeading();
    @Message("ดาวน์โหลดแบบฟอร์ม") String templateLinks();
    @Message("แบบฟอร์ม Excel (XLSX)") String templateXlsx();
    @Message("แบบฟอร์ม CSV") String templateCsv();
    @Message("ไฟล์ที่กรอกแล้ว (XLSX หรือ CSV)") String fileLabel();
    @Message("ส่งไฟล์") String uploadButton();
    @Message("รับไฟล์ {name} แล้ว: {rows} แถว (เพิ่ม {created}, แก้ไข {updated}, ไม่เปลี่ยน {unchanged})")
    String uploadOk(String name, int rows, int created, int updated, int unchanged);
    @Message("ไม่รับไฟล์ {name}: ไม่มีข้อมูลใดถูกบันทึก แก้ไขตามรายการด้านล่างแล้วส่งใหม่") String uploadRejected(String name);
    @Message("กรุณาเลือกไฟล์") String uploadNoFile();
    @Message("รอบประเภท {kind} ไม่รับไฟล์ผ่านหน้านี้") String uploadKindUnknown(String kind);
    @Message("อ่านไฟล์ไม่ได้") String uploadUnreadable();
    @Message("คำเตือน ({count} รายการ)") String warningsHeading(int count);
    @Message("ไม่มีคำเตือน") String noWarnings();
    @Message("เหตุผลที่ชี้แจง") String reasonLabel();
    @Message("เหตุผลของคำเตือนที่ {seq}") String reasonFor(Integer seq);
    @Message("บันทึกคำชี้แจง") String acknowledgeWarnings();
    @Message("กรุณากรอกเหตุผลอย่างน้อยหนึ่งรายการ") String warningsNoReason();
    @Message("ขั้นตอนการรับรอง") String stepsHeading();
    @Message("ผู้อำนวยการรับรอง") String certifyButton();
    @Message("เขตพื้นที่รับทราบ") String acknowledgeButton();
    @Message("ผู้อำนวยการรับรองได้เมื่อชี้แจงคำเตือนครบ เขตพื้นที่รับทราบได้เมื่อผู้อำนวยการรับรองแล้ว") String stepsHelp();
    @Message("ประวัติ") String historyHeading();

    @Message("รายงานประจำปีงบประมาณ {fy} เขตพื้นที่ {area}") String reportTitle(String area, int fy);
    @Message("ฉบับร่าง") String draftHeading();
    @Message("ดาวน์โหลด") String downloads();
    @Message("ดูตัวอย่างฉบับร่าง") String previewDraft();
    @Message("ข้อความของสำนักงาน") String textsHeading();
    @Message("เผยแพร่ฉบับใหม่") String publishButton();
    @Message("ฉบับที่เผยแพร่") String editionsHeading();
    @Message("ยังไม่มีฉบับที่เผยแพร่") String noEditions();
    @Message("ฉบับที่") String edition();
    @Message("เผยแพร่เมื่อ") String publishedAt();
    @Message("ผู้เผยแพร่") String publishedBy();
    @Message("เทียบกับฉบับที่") String against();
    @Message("เปรียบเทียบ") String compareButton();
    @Message("ฉบับที่ {number} เทียบกับฉบับที่ {against}: เปลี่ยน {changes} รายการ") String comparisonHeading(Integer number, Integer against, Integer changes);
    @Message("""
            {#when block}{#is 'foreword'}คำนำ{#is 'signatories'}ผู้ลงนาม{#is 'mandate'}อำนาจหน้าที่{#is 'borders'}อาณาเขต\
            {#is 'districts'}ข้อมูลอำเภอ{#is 'policy-intro'}บทนำนโยบาย{#is 'core-values'}ค่านิยมองค์กร\
            {#is 'part4'}ส่วนที่ 4 ปัญหา ข้อเสนอแนะ และแนวทางพัฒนา{#is 'credits'}คณะผู้จัดทำ{#else}{block}{/when}""")
    String block(String block);
    @Message("กลับไปหน้ารายงาน") String backToReport();
    @Message("บันทึกแล้ว") String textSaved();
    @Message("ข้อความนี้คัดลอกมาจากปีก่อน (ฉบับร่าง) บันทึกเพื่อใช้เป็นของปีนี้") String textDraft();
    @Message("ข้อความ") String textLabel();
    @Message("เว้นบรรทัดว่างระหว่างย่อหน้า · ## หัวข้อ · - รายการแบบจุด · 1. รายการแบบลำดับ") String textHelp();
    @Message("บันทึก") String save();

    // API problems: the kit's and the gateway's problem types (the last segment of "type") in Thai; a type not
    // listed here keeps the API's own title. English pages keep the API's English title (empty in msg_en).
    @Message("""
            {#when slug}{#is 'validation'}ข้อมูลที่ส่งไม่ถูกต้อง{#is 'bad-request'}คำขอไม่ถูกต้อง\
            {#is 'malformed-json'}ข้อมูล JSON ที่ส่งอ่านไม่ได้{#is 'wrong-type'}ค่าที่ส่งมีชนิดไม่ถูกต้อง\
            {#is 'invalid-value'}ค่าที่ส่งใช้ไม่ได้{#is 'invalid-text'}ข้อความมีอักขระที่ใช้ไม่ได้\
            {#is 'constraint'}ข้อมูลขัดกับกฎของระบบ{#is 'malformed-feed'}อ่านไฟล์ข้อมูลไม่ได้\
            {#is 'feed-header'}หัวตารางของไฟล์ไม่ถูกต้อง{#is 'unauthorized'}ต้องเข้าสู่ระบบใหม่\
            {#is 'forbidden'}ไม่มีสิทธิ์ทำรายการนี้{#is 'not-found'}ไม่พบข้อมูล{#is 'method-not-allowed'}ทำรายการนี้ไม่ได้\
            {#is 'not-acceptable'}ไม่มีข้อมูลในรูปแบบที่ขอ{#is 'conflict'}สถานะปัจจุบันไม่อนุญาตให้ทำรายการนี้\
            {#is 'round-locked'}รอบการจัดเก็บข้อมูลล็อกแล้ว\
            {#is 'round-refuses-submission'}รอบการจัดเก็บข้อมูลไม่รับการส่งนี้\
            {#is 'warnings-unacknowledged'}ยังชี้แจงคำเตือนไม่ครบ{#is 'precondition-failed'}ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว โปรดโหลดใหม่\
            {#is 'precondition-required'}ต้องระบุรุ่นของข้อมูลที่แก้ไข{#is 'too-large'}ไฟล์หรือคำขอมีขนาดใหญ่เกินไป\
            {#is 'payload-too-large'}ไฟล์หรือคำขอมีขนาดใหญ่เกินไป{#is 'unsupported-media-type'}ไม่รับไฟล์ชนิดนี้\
            {#is 'unprocessable'}ประมวลผลข้อมูลที่ส่งไม่ได้{#is 'too-many-requests'}มีคำขอมากเกินไป กรุณารอสักครู่\
            {#is 'uri-too-long'}คำขอยาวเกินไป{#is 'unavailable'}บริการไม่พร้อมใช้งาน\
            {#is 'upstream-unavailable'}บริการที่เกี่ยวข้องไม่พร้อมใช้งาน{#is 'upstream-error'}บริการที่เกี่ยวข้องตอบผิดพลาด\
            {#is 'upstream-timeout'}บริการตอบช้าเกินไป{#is 'pdf-unavailable'}สร้างไฟล์ PDF ไม่ได้ในขณะนี้\
            {#is 'internal'}เกิดข้อผิดพลาดภายในระบบ{#else}{/when}""")
    String problemTitle(String slug);

    // role-aware actions
    @Message("เปิดให้แก้ไขอีกครั้ง") String reopenButton();
    @Message("เหตุผลที่เปิดให้แก้ไข") String reopenReason();
    @Message("กรุณากรอกเหตุผลที่เปิดให้แก้ไข") String reopenNoReason();
    @Message("บทบาทของคุณอ่านข้อมูลนี้ได้อย่างเดียว") String readOnly();

    // dashboards
    @Message("แดชบอร์ด") String dashboardLink();
    @Message("แดชบอร์ด เขตพื้นที่ {area} ปีงบประมาณ {fy}") String dashboardTitle(String area, int fy);
    @Message("ปีงบประมาณ (พ.ศ.)") String fiscalYearLabel();
    @Message("รอบข้อมูลนักเรียน") String enrolmentRoundLabel();
    @Message("แสดง") String show();
    @Message("นักเรียนและโรงเรียน ปีการศึกษา {year} รอบที่ {round}") String enrolmentHeading(int year, int round);
    @Message("โรงเรียนจำแนกตามขนาด") String chartSizeClasses();
    @Message("นักเรียนจำแนกตามอำเภอ") String chartStudentsByDistrict();
    @Message("ขนาดโรงเรียน") String sizeClass();
    @Message("จำนวนนักเรียน (คน)") String studentsRange();
    @Message("โรงเรียน") String schools();
    @Message("ร้อยละ") String percent();
    @Message("รวม") String total();
    @Message("ชาย") String boys();
    @Message("หญิง") String girls();
    @Message("ผลการทดสอบ O-NET ปีการศึกษา {year}: เขตพื้นที่ สพฐ. และประเทศ") String onetHeading(int year);
    @Message("ไม่มีผลการทดสอบ O-NET ของปีนี้") String noOnet();
    @Message("คะแนนเฉลี่ย {name}") String chartOnet(String name);
    @Message("วิชา") String subject();
    @Message("เขตพื้นที่") String areaMean();
    @Message("สพฐ.") String obecMean();
    @Message("ต่างจาก สพฐ.") String diffObec();
    @Message("ประเทศ") String nationMean();
    @Message("ต่างจากประเทศ") String diffNation();
    @Message("การเบิกจ่ายงบประมาณ ปีงบประมาณ {fy}") String chartBudgetCurve(int fy);
    @Message("ยังไม่มีรายงานผลการเบิกจ่ายของปีนี้") String noCurve();
    @Message("ข้อมูล ณ วันที่") String asOf();
    @Message("งบประมาณที่ได้รับ") String allocated();
    @Message("เบิกจ่ายแล้ว") String disbursed();
    @Message("ก่อหนี้ผูกพัน") String committed();
    @Message("ร้อยละเบิกจ่าย") String disbursedPercent();
    @Message("ร้อยละเบิกจ่ายรวมก่อหนี้ผูกพัน") String disbursedOrCommittedPercent();
    @Message("ผลการดำเนินโครงการ") String chartProjects();
    @Message("รายการโครงการ") String projectList();
    @Message("โครงการ") String projects();
    @Message("ดำเนินการเสร็จ") String completed();
    @Message("บรรลุเป้าหมาย") String achieved();
    @Message("ไม่บรรลุเป้าหมาย") String notAchieved();
    @Message("ยังไม่ประเมิน") String notAssessed();
    @Message("ร้อยละที่บรรลุ") String achievedPercent();

    // a school's history
    @Message("ประวัติ") String historyLink();
    @Message("ประวัติของโรงเรียน {school}") String historyTitle(String school);
    @Message("รอบการส่งข้อมูลของโรงเรียน") String schoolRounds();
    @Message("สถานะในทะเบียนโรงเรียน") String registerStatusHeading();
    @Message("ไม่มีการเปลี่ยนสถานะ") String noStatusChanges();
    @Message("มีผลตั้งแต่") String effectiveOn();
    @Message("หมายเหตุ") String note();
    @Message("ผู้บันทึก") String recordedBy();
    @Message("""
            {#when status}{#is 'open'}เปิดสอน{#is 'merged'}ควบรวม{#is 'closed'}ปิด{#else}{status}{/when}""")
    String schoolStatus(String status);
    @Message("การส่งข้อมูลแต่ละรอบ") String submissionsHeading();
    @Message("ยังไม่มีการส่งข้อมูล") String noSubmissions();
    @Message("การเปลี่ยนสถานะ") String transitionsCaption();
    @Message("เมื่อ") String when();
    @Message("ผู้ดำเนินการ") String who();
    @Message("รายการ") String actionHeader();
    @Message("""
            {#when action}{#is 'submit'}ส่งข้อมูล{#is 'resubmit'}ส่งข้อมูลใหม่{#is 'acknowledge-warnings'}ชี้แจงคำเตือน{#is 'certify'}ผอ. รับรอง\
            {#is 'acknowledge'}เขตรับทราบ{#is 'reopen'}เปิดให้แก้ไข{#is 'lock'}ล็อก{#else}{action}{/when}""")
    String action(String action);
    @Message("จากสถานะ → เป็น") String fromTo();
    @Message("ตัวเลขที่เปลี่ยน ({count} รายการ)") String figureChanges(Long count);
    @Message("แสดง {count} รายการแรก") String changesShown(int count);
    @Message("รายการข้อมูล") String figure();
    @Message("เดิม") String before();
    @Message("ใหม่") String after();

    // OBEC
    @Message("ภาพรวมการส่งข้อมูลทั้งประเทศ") String nationalTitle();
    @Message("ภาพรวมทั้งประเทศ") String nationalLink();
    @Message("ประเภทข้อมูล") String kindLabel();
    @Message("ปีการศึกษา (พ.ศ.)") String academicYearLabel();
    @Message("รอบที่") String roundLabel();
    @Message("""
            {#when kind}{#is 'enrolment'}ข้อมูลนักเรียน{#is 'staffing'}ข้อมูลบุคลากร{#is 'admissions'}การรับนักเรียน\
            {#is 'transitions'}การศึกษาต่อ{#else}{kind}{/when}""") String kind(String kind);
    @Message("รอบที่ {round} ปีการศึกษา {year}: {count} เขตพื้นที่") String nationalHeading(int round, int year, Long count);
    @Message("สำนักงานเขตพื้นที่การศึกษา") String areaHeader();
    @Message("สังกัด") String affiliation();
    @Message("จังหวัด") String province();
    @Message("รอบ") String roundHeader();
    @Message("ปิดรับ") String closesOn();
    @Message("ยังไม่ส่ง") String missing();
    @Message("ยังไม่มีรอบ") String noRound();
    @Message("รอบระดับประเทศ") String nationalRound();
    @Message("รายงาน") String reportShort();
    @Message("หน้าก่อน") String previousPage();
    @Message("หน้าถัดไป") String nextPage();
    @Message("หน้า {page} จาก {pages}") String pageOf(int page, int pages);
    @Message("ทั้งประเทศ (ทุกเขตที่แสดง)") String nationalTotal();
}
