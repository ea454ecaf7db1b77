#!/usr/bin/env python3
"""Fills translations/mcfund_en.ts: every numerus message gets its English singular and plural, written from
the source's "(s)" pattern ("%n project(s)" -> "%n project" / "%n projects"); other messages need no English
translation (the source is English) and are marked finished so that nothing shows as unfinished."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for msg in tree.iter('message'):
    source = msg.findtext('source') or ''
    tr = msg.find('translation')
    if tr is None:
        tr = ET.SubElement(msg, 'translation')
    if msg.get('numerus') == 'yes':
        singular = re.sub(r'\((s|es)\)', '', source)
        singular = singular.replace('(ies)', 'y') if '(ies)' in source else singular
        plural = re.sub(r'\((s|es)\)', r'\1', source)
        plural = re.sub(r'y\(ies\)', 'ies', plural)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in (singular, plural):
            ET.SubElement(tr, 'numerusform').text = form
        tr.attrib.pop('type', None)
    else:
        if tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
            tr.attrib.pop('type', None)
        tr.text = None  # empty English translation: Qt shows the source text
        tr.attrib.pop('type', None)
tree.write(path, encoding='utf-8', xml_declaration=True)
# ElementTree drops the DOCTYPE that Qt's tools expect; put it back.
text = open(path, encoding='utf-8').read()
if '<!DOCTYPE TS>' not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(path, 'w', encoding='utf-8').write(text)
