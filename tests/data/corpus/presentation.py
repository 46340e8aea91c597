"""How each report is printed: the shape of its legacy page and of its Word document.

The reports' content lives in reports/NAME.json; these options only choose among the printed forms real
archived reports use. Every option prints exactly what the model holds (nothing added, nothing lost).
"""

# Options (all reports):
#   number_column    the row number in its own "N°" column (else "4. " starts the recommendation)
#   header_table     header fields as a two-column label/value table (else "Label: value" lines)
#   repeat_header    repeat the table's header row every N rows on the legacy page (0: never)
#   label_tag        how the legacy page marks the labels inside cells: "u", "b" or "" (plain text)
#   empty_labels     print a label with nothing after it when its value is absent (else leave it out)
#   paragraphs       legacy page: paragraphs as "br" (<br><br>) or "p" (<p>)
#   font             legacy page: the <font face> of the era
#   exit_time        print the exit date with the "0:00:00" time the old pages added
#   caps_head        the table's header row in capitals
#   thead            the header row in a <thead> (Chromium repeats it at the top of every page)
#   word_header_table / word_number_column / word_repeat_header   the same choices for the Word document
#   word_header_tabs the Word header typed as "Label:<Tab>value" lines aligned on a tab stop
#   word_page_footer a "Página X de Y" footer in the Word document (page furniture)
#   line_breaks      "before |after": where the text "before after" occurs, the legacy page puts a single
#                    <br> and the Word document a line break at "|" (a forced line start inside a
#                    sentence, such as a year "2004." starting a line; a single <br> is a space)
SHAPES = {
    "salud-rural-2005": dict(
        number_column=True, header_table=True, repeat_header=0, label_tag="u", empty_labels=True,
        paragraphs="br", font="Arial, Helvetica, sans-serif", exit_time=True, caps_head=True, thead=True,
        word_header_table=True, word_number_column=True, word_repeat_header=True,
        line_breaks=["año |2005. El Ministerio"]),
    "pesca-artesanal-2009": dict(
        number_column=False, header_table=False, repeat_header=0, label_tag="b", empty_labels=False,
        paragraphs="p", font="Verdana, Arial", exit_time=False, caps_head=False,
        word_header_table=False, word_number_column=False, word_repeat_header=False,
        word_header_tabs=True, line_breaks=[]),
    "educacion-intercultural-2009": dict(
        number_column=False, header_table=True, repeat_header=3, label_tag="u", empty_labels=True,
        paragraphs="br", font="Times New Roman, Times, serif", exit_time=False, caps_head=True,
        word_header_table=False, word_number_column=True, word_repeat_header=False,
        line_breaks=["Censo |2002 y disponibilidad", "noviembre de |2008 en 46"]),
    "vialidad-caminos-rurales-2008": dict(
        number_column=True, header_table=False, repeat_header=10, label_tag="b", empty_labels=True,
        paragraphs="br", font="Arial, Helvetica, sans-serif", exit_time=True, caps_head=False,
        word_header_table=True, word_number_column=True, word_repeat_header=True,
        word_page_footer=True, line_breaks=["año |2004. Este inventario", "costo |2006: $1.480.000"]),
    "bibliotecas-biblioredes-2010": dict(
        number_column=False, header_table=True, repeat_header=0, label_tag="", empty_labels=False,
        paragraphs="p", font="Tahoma, Verdana, sans-serif", exit_time=False, caps_head=True, thead=True,
        word_header_table=False, word_number_column=False, word_repeat_header=False,
        line_breaks=["Presupuesto |2011."]),
    "conaf-areas-protegidas-2009": dict(
        number_column=True, header_table=True, repeat_header=8, label_tag="u", empty_labels=True,
        paragraphs="br", font="Verdana, Arial, Helvetica", exit_time=False, caps_head=False,
        word_header_table=True, word_number_column=False, word_repeat_header=False,
        word_page_footer=True, line_breaks=["año |2009."]),
    "fonasa-atencion-primaria-2007": dict(
        number_column=False, header_table=False, repeat_header=0, label_tag="u", empty_labels=True,
        paragraphs="p", font="Georgia, Times New Roman, serif", exit_time=True, caps_head=True,
        word_header_table=True, word_number_column=True, word_repeat_header=True,
        word_page_footer=True, line_breaks=["durante la |formulación del proyecto", "ahorro de |$ 4.210 millones"]),
    "sence-formacion-oficios-2011": dict(
        number_column=True, header_table=True, repeat_header=6, label_tag="b", empty_labels=False,
        paragraphs="br", font="Trebuchet MS, Arial, sans-serif", exit_time=False, caps_head=True, thead=True,
        word_header_table=False, word_number_column=False, word_repeat_header=False,
        word_header_tabs=True, word_page_footer=True,
        line_breaks=["en mayo de |2010 sobre la cohorte", "corte de junio de |2011, 148 cursos"]),
}
