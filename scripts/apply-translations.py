#!/usr/bin/env python3
"""apply-translations.py TS MEMORY.json...: fills the unfinished messages of a .ts file from translation
memories (JSON lists of {context, source, translation}; translation is a list of forms for plurals).
Prints how many messages are still unfinished."""
import json
import sys
import xml.etree.ElementTree as ET

ts = sys.argv[1]
memory = {}
for path in sys.argv[2:]:
    for e in json.load(open(path, encoding='utf-8')):
        memory[(e['context'], e['source'])] = e['translation']
        memory.setdefault(('*', e['source']), e['translation'])
tree = ET.parse(ts)
left = 0
for ctx in tree.iter('context'):
    name = ctx.findtext('name')
    for msg in ctx.iter('message'):
        tr = msg.find('translation')
        if tr is None:
            tr = ET.SubElement(msg, 'translation')
        if tr.get('type') != 'unfinished' and (tr.text or len(tr)):
            continue
        source = msg.findtext('source')
        t = memory.get((name, source), memory.get(('*', source)))
        numerus = msg.get('numerus') == 'yes'
        if t is None or (numerus and not isinstance(t, list)):
            left += 1
            tr.set('type', 'unfinished')
            continue
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            for form in t:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = t if isinstance(t, str) else t[-1]
        tr.attrib.pop('type', None)
tree.write(ts, encoding='utf-8', xml_declaration=True)
text = open(ts, encoding='utf-8').read()
if '<!DOCTYPE TS>' not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(ts, 'w', encoding='utf-8').write(text)
print(f"{ts}: {left} unfinished")
