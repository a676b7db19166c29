#!/usr/bin/env python3
"""Writes the malformed and valid import fixtures and their manifests (run from this folder)."""
import json, os

INV, VAL = "invalid", "valid"
manifest = []

def pos(data: bytes, offset: int):
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    col = sum(1 for b in data[start:offset] if b & 0xC0 != 0x80) + 1
    return line, col

def bad(name, text, marker, field, occurrence=1, shift=0, col=True):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if marker == "EOF":
        offset = len(data)
    else:
        m = marker if isinstance(marker, bytes) else marker.encode("utf-8")
        offset = -1
        for _ in range(occurrence):
            offset = data.index(m, offset + 1)
        offset += shift
    line, column = pos(data, offset)
    with open(os.path.join(INV, name), "wb") as f:
        f.write(data)
    where = f"{name}:{line}:{column}" if col else f"{name}:{line}"
    manifest.append(f"{name}\t{where}\t{field}")

CLIENT = '''      "client": {
        "name": "Дмитрий Иванов",
        "aNumber": "234567890",
        "birthDate": "1990-02-28",
        "nationality": "RU",
        "languages": ["ru"]
      }'''

def doc(case_body, client=CLIENT, extra_cases="", fmt='"casedesk/1"'):
    return ('{\n  "format": ' + fmt + ',\n  "cases": [\n    {\n      "matter": "2026-0142",\n'
            + client + (",\n" + case_body if case_body else "") + "\n    }" + extra_cases + "\n  ]\n}\n")

def client_with(old, new):
    return CLIENT.replace(old, new)

def events(*items):
    return '      "events": [\n' + ",\n".join("        " + i for i in items) + "\n      ]"

def custody(*items):
    return '      "custody": [\n' + ",\n".join("        " + i for i in items) + "\n      ]"

C0 = "cases[0]"
bad("anumber-short.json", doc("", client_with('"234567890"', '"A12-34"')), '"A12-34"', C0 + ".client.aNumber")
bad("anumber-ten-digits.json", doc("", client_with('"234567890"', '"1234567890"')), '"1234567890"', C0 + ".client.aNumber")
bad("anumber-arabic-digits.json", doc("", client_with('"234567890"', '"A٢٣٤٥٦٧٨٩٠"')), '"A٢', C0 + ".client.aNumber")
bad("anumber-double-dash.json", doc("", client_with('"234567890"', '"A--234567890"')), '"A--', C0 + ".client.aNumber")
bad("date-feb-30.json", doc("", client_with('"1990-02-28"', '"2026-02-30"')), '"2026-02-30"', C0 + ".client.birthDate")
bad("date-short-parts.json", doc("", client_with('"1990-02-28"', '"1990-2-3"')), '"1990-2-3"', C0 + ".client.birthDate")
bad("date-with-time.json", doc("", client_with('"1990-02-28"', '"1990-02-28T00:00"')), '"1990-02-28T', C0 + ".client.birthDate")
bad("unknown-client-key.json", doc("", client_with('"nationality"', '"nickname": "Dima",\n        "nationality"')), '"nickname"', C0 + ".client")
bad("unknown-top-key.json", doc("").replace('"cases"', '"version": 2,\n  "cases"'), '"version"', "-")
bad("unknown-format.json", doc("", fmt='"casedesk/9"'), '"casedesk/9"', "format")
bad("format-missing.json", doc("").replace('  "format": "casedesk/1",\n', ""), "{", "format")
bad("duplicate-key.json", doc("", client_with('"aNumber"', '"name": "Anna",\n        "aNumber"')), '"name"', C0 + ".client.name", occurrence=2)
bad("matter-number.json", doc("").replace('"2026-0142"', "142"), "142", C0 + ".matter")
bad("matter-missing.json", doc("").replace('      "matter": "2026-0142",\n', ""), "    {", C0 + ".matter", shift=4)
bad("name-missing.json", doc("", client_with('        "name": "Дмитрий Иванов",\n', "")), '"client": {', C0 + ".client.name", shift=10)
bad("name-null.json", doc("", client_with('"Дмитрий Иванов"', "null")), "null", C0 + ".client.name")
bad("event-kind-unknown.json", doc(events('{ "kind": "hearing", "date": "2026-12-03" }')), '"hearing"', C0 + ".events[0].kind")
bad("ground-unknown.json", doc('      "grounds": ["politics"]'), '"politics"', C0 + ".grounds[0]")
bad("custody-status-unknown.json", doc(custody('{ "status": "jail", "from": "2022-03-10" }')), '"jail"', C0 + ".custody[0].status")
bad("track-unknown.json", doc('      "track": "Defensive"'), '"Defensive"', C0 + ".track")
bad("docket-wrong-type.json", doc('      "docket": true'), "true", C0 + ".docket")
bad("outcome-not-for-kind.json", doc(events('{ "kind": "cfi", "date": "2022-03-20", "outcome": "granted" }')), '"granted"', C0 + ".events[0].outcome")
bad("outcome-on-note.json", doc(events('{ "kind": "note", "date": "2022-03-20", "title": "Call", "outcome": "positive" }')), '"positive"', C0 + ".events[0].outcome")
bad("outcome-unknown.json", doc(events('{ "kind": "ij-decision", "date": "2026-03-20", "outcome": "won" }')), '"won"', C0 + ".events[0].outcome")
bad("days-not-vd.json", doc(events('{ "kind": "ij-decision", "date": "2026-03-20", "days": 60 }')), "60", C0 + ".events[0].days")
bad("days-zero.json", doc(events('{ "kind": "vd-granted", "date": "2026-03-20", "days": 0 }')), "0 }", C0 + ".events[0].days")
bad("days-fraction.json", doc(events('{ "kind": "vd-granted", "date": "2026-03-20", "days": 60.5 }')), "60.5", C0 + ".events[0].days")
bad("days-leading-zero.json", doc(events('{ "kind": "vd-granted", "date": "2026-03-20", "days": 07 }')), "07", "cases[0].events[0].days")
bad("status-not-hearing.json", doc(events('{ "kind": "filing", "date": "2026-11-03", "status": "held" }')), '"held"', C0 + ".events[0].status")
bad("hearing-on-hearing.json", doc(events('{ "kind": "master-hearing", "date": "2026-12-03", "hearing": "2026-12-03" }')), '"2026-12-03" }', C0 + ".events[0].hearing")
bad("expires-on-arrival.json", doc(events('{ "kind": "arrival", "date": "2022-03-10", "expires": "2027-01-01" }')), '"2027-01-01"', C0 + ".events[0].expires")
bad("deadline-title-missing.json", doc(events('{ "kind": "deadline", "date": "2026-12-01" }')), '{ "kind": "deadline"', C0 + ".events[0].title")
bad("court-deadline-title-blank.json", doc(events('{ "kind": "court-deadline", "date": "2026-12-01", "title": "  " }')), '"  "', C0 + ".events[0].title")
bad("time-invalid.json", doc(events('{ "kind": "master-hearing", "date": "2026-12-03", "time": "25:00" }')), '"25:00"', C0 + ".events[0].time")
bad("evidence-unavailable-no-reason.json", doc('      "evidence": [\n        { "category": "identity", "title": "Passport", "status": "unavailable" }\n      ]'), '{ "category"', C0 + ".evidence[0].unavailableReason")
bad("evidence-category-unknown.json", doc('      "evidence": [\n        { "category": "photos", "title": "Protest" }\n      ]'), '"photos"', C0 + ".evidence[0].category")
bad("custody-overlap.json", doc(custody('{ "status": "cbp-custody", "from": "2022-03-10", "to": "2022-03-20" }', '{ "status": "ice-detained", "from": "2022-03-15", "to": null }')), '"2022-03-15"', C0 + ".custody[1].from")
bad("custody-two-open.json", doc(custody('{ "status": "ice-detained", "from": "2022-03-10", "to": null }', '{ "status": "paroled", "from": "2022-07-12", "to": null }')), "null", C0 + ".custody[1].to", occurrence=2)
bad("custody-to-before-from.json", doc(custody('{ "status": "ice-detained", "from": "2022-03-10", "to": "2022-03-01" }')), '"2022-03-01"', C0 + ".custody[0].to")
bad("bond-too-small.json", doc(custody('{ "status": "bond", "from": "2022-03-10", "bondAmount": 1000 }')), "1000", C0 + ".custody[0].bondAmount")
bad("bond-as-string.json", doc(custody('{ "status": "bond", "from": "2022-03-10", "bondAmount": "5000" }')), '"5000"', C0 + ".custody[0].bondAmount")
bad("sponsor-without-name.json", doc(custody('{ "status": "paroled", "from": "2022-07-12", "sponsor": { "phone": "+1 619 555 0100" } }')), '{ "phone"', C0 + ".custody[0].sponsor.name")
bad("nationality-lowercase.json", doc("", client_with('"RU"', '"ru"')), '"ru",', C0 + ".client.nationality")
bad("nationality-alpha3.json", doc("", client_with('"RU"', '"RUS"')), '"RUS"', C0 + ".client.nationality")
bad("language-uppercase.json", doc("", client_with('["ru"]', '["RU"]')), '"RU"]', C0 + ".client.languages[0]")
bad("language-word.json", doc("", client_with('["ru"]', '["ru", "russian"]')), '"russian"', C0 + ".client.languages[1]")
bad("matter-too-long.json", doc("").replace('"2026-0142"', '"' + "2026-" + "0" * 28 + '"'), '"2026-0000', C0 + ".matter")
bad("name-too-long.json", doc("", client_with('"Дмитрий Иванов"', '"' + "Я" * 257 + '"')), '"ЯЯ', C0 + ".client.name")
bad("name-escape-sequence.json", doc("", client_with('"Дмитрий Иванов"', '"\\u001b[31mDima"')), '"\\u001b', C0 + ".client.name")
bad("title-bidi-override.json", doc(events('{ "kind": "note", "date": "2022-03-20", "title": "abc\u202edef" }')), '"abc', C0 + ".events[0].title")
bad("matter-two-lines.json", doc("").replace('"2026-0142"', '"2026\\n0142"'), '"2026\\n', C0 + ".matter")
second = (',\n    {\n      "matter": "2026-0142",\n      "client": { "name": "Anna", "aNumber": "A-111-222-333" }\n    }')
bad("duplicate-matter.json", doc("", extra_cases=second), '"2026-0142"', "cases[1].matter", occurrence=2)
second_a = (',\n    {\n      "matter": "2026-0143",\n      "client": { "name": "Anna", "aNumber": "A 234 567 890" }\n    }')
bad("duplicate-anumber.json", doc("", extra_cases=second_a), '"A 234', "cases[1].client.aNumber")
bad("interpreter-string.json", doc("", client_with('["ru"]', '["ru"],\n        "interpreter": "yes"')), '"yes"', C0 + ".client.interpreter")
bad("languages-not-list.json", doc("", client_with('["ru"]', '"ru"')), '"ru"\n', C0 + ".client.languages")
bad("closed-reason-unknown.json", doc('      "closed": { "date": "2026-01-01", "reason": "won" }'), '"won"', C0 + ".closed.reason")
bad("cases-not-list.json", doc("").replace('"cases": [', '"cases": {', 1), '{\n    {', "-", shift=0)
# Syntax and encoding.
base = doc("").encode()
bad("nul-byte.json", base.replace("Дмитрий".encode(), "Дми\x00трий".encode()), b"\x00", "-")
bad("raw-tab-in-string.json", base.replace(b"2026-0142", b"2026\t0142"), b"\t", "cases[0].matter")
bad("raw-newline-in-string.json", base.replace(b'"2026-0142"', b'"2026\n0142"'), b"\n0142", "cases[0].matter")
bad("escaped-nul.json", doc("").replace('"2026-0142"', '"2026\\u00000142"'), "\\u0000", "cases[0].matter")
bad("lone-surrogate.json", doc("").replace('"2026-0142"', '"2026\\ud8000142"'), "\\ud800", "cases[0].matter")
bad("truncated.json", base[: base.index(b'"birthDate"')], "EOF", "-")
bad("truncated-in-string.json", base[: base.index("Иванов".encode())], '"Дмитрий', "cases[0].client.name")
bad("trailing-garbage.json", base + b"garbage\n", "garbage", "-")
bad("trailing-comma.json", doc("", client_with('["ru"]', '["ru",]')), "]\n", "cases[0].client.languages")
bad("single-quotes.json", doc("").replace('"2026-0142"', "'2026-0142'"), "'2026", "cases[0].matter")
deep_prefix = '{"format": "casedesk/1", "cases": ['
bad("deep-nesting.json", deep_prefix + "[" * 1000 + "]" * 1000 + "]}\n", "[", "-", shift=len(deep_prefix) + 62 - deep_prefix.index("[") if False else 0, occurrence=1 + 1 + 62)
bad("utf16le-bom.json", b"\xff\xfe" + doc("").encode("utf-16-le"), b"\xff", "-")
bad("utf16be-bom.json", b"\xfe\xff" + doc("").encode("utf-16-be"), b"\xfe", "-")
bad("utf32le-bom.json", b"\xff\xfe\x00\x00" + doc("").encode("utf-32-le"), b"\xff", "-")
bad("utf16-no-bom.json", doc("").encode("utf-16-le"), b"\x00", "-")
bad("latin1.json", doc("", client_with('"Дмитрий Иванов"', '"José Pérez"')).encode("latin-1", errors="strict") if False else doc("", client_with('"Дмитрий Иванов"', '"Jos\u00e9 P\u00e9rez"')).replace("Jos\u00e9", "JosX").encode().replace(b"JosX", b"Jos\xe9"), b"\xe9", "-")
bad("overlong-utf8.json", base.replace(b"2026-0142", b"2026\xc0\xaf0142"), b"\xc0", "-")
bad("empty.json", b"", "EOF", "-")

# CSV.
H = "matter,name,aNumber,birthDate,nationality,languages,grounds,custody,facility,custodyFrom\n"
ROW = "2026-0142,Дмитрий Иванов,234567890,1990-02-28,RU,ru;uk,political-opinion,paroled,,2022-07-12\n"
ROW2 = "2026-0143,Анна Иванова,A-111-222-333,1992-05-01,RU,ru,political-opinion,,,\n"
def csv(*rows, header=H):
    return header + "".join(rows)
bad("unterminated-quote.csv", csv(ROW, '2026-0143,"Анна Иванова,,,,,,,,\n', ROW2.replace("0143", "0144")), '"Анна', "-")
bad("text-after-quote.csv", csv(ROW, '2026-0143,"Анна" Иванова,,,,,,,,\n'), ' Иванова', "-")
bad("stray-quote.csv", csv(ROW, '2026-0143,Ан"на,,,,,,,,\n'), '"на', "-")
bad("ragged-long.csv", csv(ROW, ROW2.replace("\n", ",extra\n")), "2026-0143", "-", col=False)
bad("ragged-short.csv", csv(ROW, "2026-0143,Анна\n"), "2026-0143", "-", col=False)
bad("empty-line.csv", csv(ROW, "\n", ROW2), "\n2026-0143", "-", shift=1 - 1, col=False, occurrence=1) if False else None
bad("unknown-header.csv", csv(ROW, header=H.replace("birthDate", "dob")), "matter", "-", col=False)
bad("duplicate-header.csv", csv(ROW, header=H.replace("custodyFrom", "matter")), "matter", "-", col=False)
bad("missing-name-header.csv", "matter,latinName\n2026-0142,Dmitrii Ivanov\n", "matter", "-", col=False)
bad("cr-only.csv", csv(ROW, ROW2).replace("\n", "\r"), "\r", "-")
bad("mixed-line-ends.csv", H.replace("\n", "\r\n") + ROW.replace("\n", "\r\n") + ROW2, "\n", "-", occurrence=3)
bad("latin1.csv", "matter,name\n2026-0142,Jos\u00e9\n".encode("latin-1"), b"\xe9", "-")
bad("utf16.csv", b"\xff\xfe" + "matter,name\n2026-0142,Anna\n".encode("utf-16-le"), b"\xff", "-")
bad("nul.csv", b"matter,name\n2026-0142,An\x00na\n", b"\x00", "-")
bad("bad-date.csv", csv(ROW, ROW2.replace("1992-05-01", "1990-02-30")), "2026-0143", "birthDate", col=False)
bad("bad-date-format.csv", csv(ROW.replace("1990-02-28", "02/28/1990")), "2026-0142", "birthDate", col=False)
bad("bad-anumber.csv", csv(ROW.replace("234567890", "A12-34")), "2026-0142", "aNumber", col=False)
bad("duplicate-matter.csv", csv(ROW, ROW2.replace("0143", "0142")), "2026-0142", "matter", occurrence=2, col=False)
bad("duplicate-anumber.csv", csv(ROW, ROW2.replace("A-111-222-333", "A 234 567 890")), "2026-0143", "aNumber", col=False)
bad("custody-unknown.csv", csv(ROW.replace("paroled", "jail")), "2026-0142", "custody", col=False)
bad("custody-from-alone.csv", csv(ROW2.replace(",,,\n", ",,,2022-01-01\n")), "2026-0143", "custodyFrom", col=False)
bad("ground-unknown.csv", csv(ROW.replace("political-opinion", "political-opinion;politics")), "2026-0142", "grounds", col=False)
bad("matter-too-long.csv", csv(ROW.replace("2026-0142", "2026-" + "1" * 28)), "2026-1111", "matter", col=False)
bad("name-too-long.csv", csv(ROW.replace("Дмитрий Иванов", "Я" * 300)), "2026-0142", "name", col=False)
bad("nationality-bad.csv", csv(ROW.replace(",RU,", ",Russia,")), "2026-0142", "nationality", col=False)
bad("language-bad.csv", csv(ROW.replace("ru;uk", "ru;Ukrainian")), "2026-0142", "languages", col=False)
bad("matter-empty.csv", csv(ROW.replace("2026-0142", "")), ",Дмитрий", "matter", col=False)
bad("escape-in-name.csv", csv(ROW.replace("Дмитрий", "\x1b[2JДмитрий")), "2026-0142", "name", col=False)
bad("empty.csv", b"", "EOF", "-", col=False)
manifest = [m for m in manifest if m]
with open(os.path.join(INV, "MANIFEST.tsv"), "w") as f:
    f.write("# file\texpected FILE:LINE[:COL]\tfield (- when the problem is the file's encoding or lies outside any field)\n")
    f.write("\n".join(manifest) + "\n")

# Valid files: each beside NAME.expected.json, the full casedesk/1 document it must decode to.
def client(name, **kw):
    c = dict(name=name, latinName=None, aNumber=None, birthDate=None, nationality=None, languages=[], interpreter=False)
    c.update(kw)
    return c

def case(matter, cl, **kw):
    c = dict(matter=matter, client=cl, family=[], grounds=[], track=None, court=None, docket=None, judge=None,
             paralegal=None, attorney=None, oneYearException=None, closed=None, custody=[], events=[], evidence=[])
    c.update(kw)
    return c

def period(status, start, **kw):
    p = dict(status=status, to=None, place=None, authority=None, bondEligible=None, bondAmount=None, obligor=None,
             paroleExpiry=None, conditions=None, atd=None, nextCheckIn=None, sponsor=None, notes=None)
    p["from"] = start
    p.update(kw)
    return p

def event(kind, date, **kw):
    e = dict(kind=kind, date=date, time=None, place=None, title=None, notes=None, outcome=None, days=None,
             hearing=None, status=None, expires=None, recordedBy=None)
    e.update(kw)
    return e

def evidence(category, title, **kw):
    e = dict(category=category, title=title, status="needed", language=None, needsTranslation=False,
             translationCertified=False, exhibit=None, unavailableReason=None, notes=None)
    e.update(kw)
    return e

def good(name, data, cases):
    data = data if isinstance(data, bytes) else data.encode("utf-8")
    with open(os.path.join(VAL, name), "wb") as f:
        f.write(data)
    with open(os.path.join(VAL, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"format": "casedesk/1", "cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")

full = case("2026-0142", client("Дмитрий Иванов", latinName="Dmitrii Ivanov", aNumber="234567890",
                                 birthDate="1990-02-28", nationality="RU", languages=["ru"], interpreter=True),
            family=[dict(name="Анна Иванова", latinName="Anna Ivanova", relation="spouse", aNumber=None, birthDate=None)],
            grounds=["political-opinion"], track="defensive", court="San Diego Immigration Court",
            docket="non-detained", paralegal="mreyes", attorney="jsapochnick",
            custody=[period("cbp-custody", "2022-03-10", to="2022-03-11", place="San Ysidro POE"),
                     period("paroled", "2022-07-12", authority="INA 212(d)(5)", paroleExpiry="2027-07-11",
                            conditions="Report to ICE San Diego", atd="smartlink", nextCheckIn="2026-12-15",
                            sponsor=dict(name="Анна Соколова", relation="sister", phone="+1 619 555 0100", address="…"))],
            events=[event("arrival", "2022-03-10", place="San Ysidro POE", title="Presented at port", recordedBy="mreyes"),
                    event("master-hearing", "2026-12-03", time="08:30", place="880 Front St, Courtroom 4",
                          title="Master calendar", status="scheduled", recordedBy="mreyes")],
            evidence=[evidence("persecution", "Court ruling, CoAP Art. 20.2", status="received", language="ru",
                               needsTranslation=True)])
full_doc = json.dumps({"format": "casedesk/1", "cases": [full]}, ensure_ascii=False, indent=2) + "\n"
good("full-example.json", full_doc, [full])
good("full-example-bom.json", "\ufeff" + full_doc, [full])
good("full-example-crlf.json", full_doc.replace("\n", "\r\n"), [full])
good("compact-one-line.json", json.dumps({"format": "casedesk/1", "cases": [full]}, ensure_ascii=False, separators=(",", ":")), [full])
good("escaped-unicode.json", json.dumps({"format": "casedesk/1", "cases": [full]}, ensure_ascii=True), [full])
good("empty-cases.json", '{"format": "casedesk/1", "cases": []}\n', [])
good("minimal.json", '{"cases": [{"matter": "M-1", "client": {"name": "李明"}}], "format": "casedesk/1"}', [case("M-1", client("李明"))])
good("anumber-spellings.json", json.dumps({"format": "casedesk/1", "cases": [
    {"matter": "A1", "client": {"name": "One", "aNumber": "A-012-345-678"}},
    {"matter": "A2", "client": {"name": "Two", "aNumber": "a012345679"}},
    {"matter": "A3", "client": {"name": "Three", "aNumber": "A 12 345 670"}},
    {"matter": "A4", "client": {"name": "Four", "aNumber": "1234567"}}]}),
    [case("A1", client("One", aNumber="012345678")), case("A2", client("Two", aNumber="012345679")),
     case("A3", client("Three", aNumber="012345670")), case("A4", client("Four", aNumber="001234567"))])
notes_case = case("N-1", client("مريم أحمد", nationality="stateless", languages=["ar", "fa"]),
                  events=[event("note", "2024-01-02", title="Call \"urgent\" / today", notes="Line one\n\tLine two")],
                  evidence=[evidence("identity", "Passport", status="unavailable", unavailableReason="Confiscated at the border")])
good("notes-and-escapes.json", json.dumps({"format": "casedesk/1", "cases": [notes_case]}, ensure_ascii=False, indent=4), [notes_case])
decided = case("D-7", client("Olena Kovalenko", nationality="UA", languages=["uk"]),
               closed=dict(date="2026-05-01", reason="granted"), oneYearException="changed-circumstances",
               custody=[period("bond", "2023-01-01", bondAmount=1500, obligor="Ivan K.", bondEligible=True)],
               events=[event("cfi", "2022-05-01", outcome="positive"), event("vd-granted", "2026-03-01", days=60),
                       event("ead-granted", "2024-02-01", expires="2029-02-01"),
                       event("court-deadline", "2026-02-01", title="Brief", hearing="2026-03-01"),
                       event("individual-hearing", "2026-03-01", status="held")])
good("decided-case.json", json.dumps({"format": "casedesk/1", "cases": [decided]}, ensure_ascii=False),
     [dict(decided, events=[decided["events"][i] for i in (0, 2, 3, 4, 1)])])

def csv_case(matter, name, **kw):
    return case(matter, client(name, **{k: v for k, v in kw.items() if k in ("latinName", "aNumber", "birthDate", "nationality", "languages")}),
                **{k: v for k, v in kw.items() if k not in ("latinName", "aNumber", "birthDate", "nationality", "languages")})
intake = "matter,name,latinName,aNumber,birthDate,nationality,languages,grounds,track,court,docket,judge,paralegal,attorney,arrival,custody,facility,custodyFrom\n"
intake += "2026-0142,Дмитрий Иванов,Dmitrii Ivanov,A-234-567-890,1990-02-28,RU,ru,political-opinion,defensive,San Diego Immigration Court,non-detained,,mreyes,jsapochnick,2022-03-10,paroled,,2022-07-12\n"
intake += "2026-0150,王芳,Wang Fang,,1985-11-30,CN,zh; en,religion;particular-social-group,affirmative,,,,mreyes,,,ice-detained,Otay Mesa Detention Center,2026-10-01\n"
intake_cases = [
    csv_case("2026-0142", "Дмитрий Иванов", latinName="Dmitrii Ivanov", aNumber="234567890", birthDate="1990-02-28",
             nationality="RU", languages=["ru"], grounds=["political-opinion"], track="defensive",
             court="San Diego Immigration Court", docket="non-detained", paralegal="mreyes", attorney="jsapochnick",
             events=[event("arrival", "2022-03-10")], custody=[period("paroled", "2022-07-12")]),
    csv_case("2026-0150", "王芳", latinName="Wang Fang", birthDate="1985-11-30", nationality="CN", languages=["zh", "en"],
             grounds=["religion", "particular-social-group"], track="affirmative", paralegal="mreyes",
             custody=[period("ice-detained", "2026-10-01", place="Otay Mesa Detention Center")])]
good("intake.csv", intake, intake_cases)
good("intake-bom.csv", "\ufeff" + intake, intake_cases)
good("intake-crlf.csv", intake.replace("\n", "\r\n"), intake_cases)
good("intake-crlf-bom.csv", "\ufeff" + intake.replace("\n", "\r\n"), intake_cases)
good("intake-no-final-newline.csv", intake.rstrip("\n"), intake_cases)
quoted = 'name,matter,court\n"Ivanov, Dmitrii","2026-0142","The ""Front St"" court"\n"Petrov","2026-0143",""\n'
good("quoted-fields.csv", quoted, [case("2026-0142", client("Ivanov, Dmitrii"), court='The "Front St" court'),
                                   case("2026-0143", client("Petrov"))])
good("quoted-fields-crlf.csv", quoted.replace("\n", "\r\n"), [case("2026-0142", client("Ivanov, Dmitrii"), court='The "Front St" court'),
                                                              case("2026-0143", client("Petrov"))])
good("columns-reordered.csv", "name,matter\nKim Min-jun,2026-0200\n김민준,2026-0201\n",
     [case("2026-0200", client("Kim Min-jun")), case("2026-0201", client("김민준"))])
good("header-only.csv", "matter,name\n", [])
good("nfc-normalised.csv", "matter,name\n2026-0300,Jose\u0301\n", [case("2026-0300", client("Jos\u00e9"))])
good("quoted-cyrillic.csv", 'matter,name,latinName\n2026-0400,"Ли Мин","Li Min"\n', [case("2026-0400", client("Ли Мин", latinName="Li Min"))])
