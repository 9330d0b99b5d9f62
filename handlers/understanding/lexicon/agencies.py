"""Agencies: words that point back to the agency already named ("อบต.เดิม"), and agencies that
have no abbreviation pattern in `handlers.thai.agencies`."""

from __future__ import annotations

#: Words after an agency's kind that point back to the one already named ("อบต.ฯ",
#: "อบต.ดังกล่าว", "อบต.เดิม", "อบต.เดียวกัน"), not its place. Not "นี้"/"เก่า": "นายก
#: อบต.นี้", "นายก อบต.เก่า" speak of the person.
AGENCY_NAMED_BEFORE = (
    "ฯ",
    "ดังกล่าว",
    "เดียวกัน",
    "เดียวกับ",
    "อันเดียวกัน",
    "เดิม",
    "ที่ว่า",
    "ที่บอก",
    "ที่เล่า",
    "ที่กล่าว",
    "ข้างต้น",
    "เหมือนเดิม",
    "same",
    "mentioned",
)
#: A ministry's office in a district, named "<line>อำเภอ<district>" ("ประมงอำเภอประโคนชัย",
#: "ปศุสัตว์อำเภอนางรอง"): an agency of its own, not the district office.
DISTRICT_LINE_OFFICES = ("ประมง", "ปศุสัตว์", "เกษตร", "สาธารณสุข", "พัฒนาชุมชน")
#: How a school's name goes on after the place it is named for ("หนองกี่พิทยาคม",
#: "กระสังพิทยาคม", "ลำปลายมาศพัฒนา"): kept, the place alone names another school.
SCHOOL_NAME_ENDINGS = (
    "พิทยาคม",
    "พิทยาคาร",
    "พิทยาสรรค์",
    "พิทยา",
    "วิทยาคม",
    "วิทยาคาร",
    "วิทยาสรรค์",
    "วิทยาลัย",
    "วิทยา",
    "ศึกษา",
    "พัฒนา",
    "ประชาสรรค์",
    "ประชาสามัคคี",
    "ประชานุเคราะห์",
    "ประชาวิทย์",
    "รัชดาภิเษก",
    "ราษฎร์บำรุง",
    "ราษฎร์พัฒนา",
    "สามัคคี",
)
#: Agencies that have no abbreviation pattern in `handlers.thai.agencies` (found inside text).
AGENCY_NAMES = (
    *(f"{line}อำเภอ" for line in DISTRICT_LINE_OFFICES),
    "ประมงจังหวัด",
    "สำนักงานที่ดิน",
    "ที่ดินอำเภอ",
    "ที่ดินสาขา",
    "ที่ดินจังหวัด",
    "สาธารณสุข",
    "การไฟฟ้า",
    "การประปา",
    "ป่าไม้",
    "ชลประทาน",
    "ปศุสัตว์",
    "พัฒนาชุมชน",
    "ขนส่ง",
    "สรรพากร",
    "ธ.ก.ส.",
    "ศาลากลาง",
    "โรงพัก",
    "สภ.",
    "อบต.",
    "อบต",
    "อบจ.",
    "ทต.",
    "เทศบาล",
    "อำเภอ",
)
