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
# Optional (later reports; absent = the usual form):
#   labels           other wordings of the era for labels, by key (legacy_html.LABEL's keys): "Institución
#                    Responsable:", "Año de Evaluación:", "Observaciones:"... (legacy page and Word document)
#   column_names / word_column_names   other column titles ("Recomendación del panel", ...)
#   font_size        legacy page: the <font size> of the text (default "2"; "1" is the old small print)
#   widths           legacy page: widths of the number, recommendation and commitment columns
#   header_label_width  legacy page: width of the label column of the header table (default "22%")
#   word_font / word_font_size / word_landscape   the Word document's font, size in points, orientation
#   word_widths      the Word table's column widths in cm (number column first when there is one)
#   word_header_widths / word_header_shading   the Word header table's column widths (cm) and the fill
#                    colour of its label cells
#   number_title / word_number_title   the number column's title ("N&ordm;", "No."; default "N°")
#   header_order     the header fields in another order (keys "program", "ministry", "service", "year",
#                    "status"; legacy page and Word document)
#   caps_header_labels  legacy page: the header's labels in capitals ("AÑO:", "CALIFICACIÓN:")
#   page_css         legacy page: more CSS of the era ("@page { size: landscape; }", large page margins)
#   two_line_head    the commitment column titled "Compromiso" over "(Fecha de vencimiento)" (both)
#   typed_bullets    legacy page: lists typed by hand as lines after a single <br>, with a marker and a
#                    sub-item marker: ("• ", "• ")
#   sub_items        list items printed one level down (typed sub-item marker; Word "List Bullet 2"); the
#                    model's lists are flat, so they stay items of the same list in it
#   nbsp             strings whose spaces are printed as non-breaking spaces ("N° 1.245"; a space in the model)
#   row_page_break   legacy page: every row starts a new page (page-break-before on its <tr>)
#   word_row_tables  the Word document's rows each in a table of its own, after a page break (the first
#                    with the header row)
#   word_typed_bullets  the Word document's lists typed by hand: plain paragraphs starting "- "
#   word_sub_bullet_o   Word's "o" (Courier New) as the bullet of "List Bullet 2"
#   word_margin      the Word page's margins in cm (default 2.0)
#   group_rows       legacy page: several commitments per recommendation: the number and recommendation cells
#                    span (rowspan) the continuation rows after them (rows with the same number and no
#                    recommendation and no responsible in the model)
#   word_merge_rows  the same in the Word document: those cells vertically merged (w:vMerge)
#   site_chrome      legacy page: the old site around the report: a banner ("Dirección de Presupuestos",
#                    "Gobierno de Chile"), a breadcrumb, a menu in a layout table's left cell beside the report,
#                    a footer with the address and "Imprimir | Volver" (words the model does not hold)
#   word_page_header the Word document's title and its first N header fields in the page header (on every
#                    page), the other fields in the body
#   word_row_shading the Word table's header row and every other row shaded: (header fill, row fill)
#   div_header       legacy page: an early CSS site: the title, date and header fields in <div>s (labels floated
#                    beside their values by the style sheet), no layout tables; the commitments table stays a table
#   header_grid / word_header_grid   the header as a grid of label/value pairs, two pairs a row (Ministerio |
#                    Servicio, Año | Calificación; Programa, Fecha Egreso and Observación across)
#   due_column / word_due_column     the due date in a column of its own after the commitment ("Fecha de
#                    Vencimiento" on the page, "Plazo" in Word), no label
#   status_column / word_status_column   the status in a column of its own ("Calificación") after the
#                    compliance, no label
#   word_number_dot  False: the number typed at the start of the recommendation without a period ("1.1 Definir")
#   spreadsheet      the report also kept by an analyst in a spreadsheet (analyst_xlsx.py: sheet/NAME.xlsx,
#                    printed by LibreOffice Calc): dict of its options (sheet name, column widths; `cover`: the
#                    workbook as analyst_xlsx.render_sheets makes it, a cover sheet and a rows sheet)
#   dl_header        legacy page: the header fields as a definition list (<dl>, <dt> label, <dd> value padded
#                    with &nbsp;)
#   th_header        legacy page: the header fields as a vertical table, labels in <th> cells padded with &nbsp;;
#                    the commitments table's header row in <th> cells too
#   borderless       legacy page: the commitments table printed without borders (border="0", cell spacing)
#   word_auto_numbers   the Word document's row numbers drawn by Word: the number column's cells hold an empty
#                    paragraph in an automatic numbered list (w:numPr, numbering.xml "%1."), no typed number
#   word_auto_bullets   the Word document's lists as Word's bullet button makes them: direct w:numPr to a
#                    bullet list (Symbol font, U+F0B7), no list style
#   mso_html         legacy page: the report typed in Word 2003 and saved as a web page ("Guardar como página
#                    web", legacy_html.WordHtmlPage): windows-1252 bytes, Word's namespaces (<o:p></o:p> closing every
#                    paragraph), its conditional comments and mso styles, class=MsoNormal paragraphs, MsoTableGrid
#                    tables, the header as a two-column table whose shaded label cells hold a bold label paragraph,
#                    lists as Word's list paragraphs (a Symbol "·" marker inside <![if !supportLists]>), source
#                    lines broken at about 76 characters, CRLF line ends
#   word_head_rows   the Word table's column titles over two rows: "Compromiso" over "Descripción" and "Plazo",
#                    "Cumplimiento" over "Descripción" and "Calificación" (needs word_due_column and
#                    word_status_column), "N°" and "Recomendación" merged down over both rows
#   header_across / word_header_across   the header as label/value pairs laid across, three a row: a shaded row
#                    of labels and the row below it their values (the observation across the whole width)
#   due_title        legacy page: the title of the due-date column of `due_column` (default "Fecha de Vencimiento")
#   word_paper       the Word page's paper: "legal" (US Legal, 8.5 x 14 inches; with word_landscape across)
#   pre_text         legacy page: an old system's printout as preformatted text (legacy_html.PrePage): the whole
#                    report one <pre> block in a monospace font (`pre_size`), the header as "Label: value" lines
#                    with the values in a column of their own (`pre_label_width` characters in), the commitments
#                    in fixed-width columns (`pre_widths` characters, two spaces apart) padded with spaces, each
#                    cell's text wrapped inside its column (no word broken; a blank line between paragraphs,
#                    "- " list items with their lines indented under the text), a line of dashes under the
#                    column titles and under every row
#   word_no_head     the Word table with no row of column titles: it starts with row 1
#   fichas / word_fichas   each commitment a "ficha": a two-column table of its own, a shaded label cell beside
#                    each value ("N°", "Recomendación", "Organismo Responsable", "Compromiso", "Fecha de
#                    Vencimiento", "Cumplimiento", "Observación", "Calificación", "Medios de Verificación"; no
#                    colon on the page, with a colon in Word), one row per field, no column titles at all; an
#                    empty field's row printed empty with `empty_labels`
#   div_table        legacy page: a CSS site's commitments "table" laid out with floated <div>s, no <table>: a
#                    <div class="fila"> per row (the first holds the column titles) of floated cell <div>s whose
#                    widths are `div_widths`, cleared by an empty <div>; the frame and header in <div>s too
#   ol_lists         legacy page: lists as <ol type="a"> (the browser draws "a.", "b.")
#   header_pairs / word_header_pairs   the header typed two fields a line: "Ministerio: … Servicio: …",
#                    "Año: … Calificación: …" (apart by non-breaking spaces on the page, by a tab at
#                    `word_pair_tab` cm in Word)
#   nested_lists     legacy page: the shape's `sub_items` in a <ul> of their own inside the item before them
#   responsible_column / word_responsible_column   the responsible in a narrow column of its own
#                    ("Responsable") after the recommendation, no label (`responsible_width` on the page)
#   word_heading_title  the Word title in Word's "Heading 1" style
#   word_sections    the Word table in a landscape section of its own after a section break (new page), the
#                    title and header in the portrait section before it
#   word_letter_lists   the Word document's lists as Word's numbering makes them with "a.", "b.": w:numPr to a
#                    lowerLetter list, a w:num of its own per list (each restarts at "a.")
#   word_soft_paragraphs  the paragraphs of a cell (and of the header observation) typed as one Word paragraph,
#                    apart by an empty line: two manual line breaks (Shift+Enter twice); a list's items stay
#                    paragraphs of their own
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
    "sag-vigilancia-pecuaria-2008": dict(
        number_column=False, header_table=False, repeat_header=12, label_tag="b", empty_labels=False,
        paragraphs="br", font="Verdana, Arial, Helvetica, sans-serif", font_size="1", exit_time=False,
        caps_head=False, widths=("4%", "34%", "30%"),
        labels={"responsible": "Instituci&oacute;n Responsable:", "due": "Fecha Vencimiento:",
                "verification": "Medio de Verificaci&oacute;n:", "year": "A&ntilde;o de Evaluaci&oacute;n:"},
        column_names=["Recomendaci&oacute;n del panel", "Compromisos institucionales", "Cumplimiento"],
        word_header_table=False, word_number_column=True, word_repeat_header=True, word_page_footer=True,
        word_font="Verdana", word_font_size=8, word_widths=(0.9, 6.0, 5.2, 5.5),
        word_column_names=["Recomendación del panel", "Compromisos institucionales", "Cumplimiento"],
        line_breaks=["Meta 2008: |90% de los predios", "Control en |14 pasos fronterizos"]),
    "minvu-pavimentacion-participativa-2010": dict(
        number_column=True, header_table=True, repeat_header=0, label_tag="u", empty_labels=True,
        paragraphs="br", font="Arial, Helvetica, sans-serif", exit_time=True, caps_head=True, thead=True,
        widths=("4%", "22%", "20%"), header_label_width="20%",
        labels={"program": "Programa / Instituci&oacute;n:", "year": "A&ntilde;o de Evaluaci&oacute;n:",
                "exit": "Fecha de Egreso:", "observation": "Observaciones:",
                "comp_observation": "Observaciones:"},
        word_header_table=True, word_number_column=False, word_repeat_header=True, word_page_footer=False,
        word_font="Arial", word_font_size=9, word_landscape=True, word_widths=(4.0, 5.2, 16.5),
        word_header_widths=(3.2, 22.5), word_header_shading="D9D9D9",
        line_breaks=["frente a un |21% en el 17° llamado", "Resultados: |72% de las vías",
                     "informe técnico fundado del |SERVIU respectivo", "según el |Art. 12 de la resolución",
                     "de 15 de julio de 2008. |Los tres cambios", "requieren reparación. |Los daños se concentran"]),
    "junaeb-alimentacion-escolar-2006": dict(
        number_column=True, number_title="N&ordm;", header_table=False, repeat_header=0, label_tag="b",
        empty_labels=False, paragraphs="br", font="Courier New, Courier, monospace", exit_time=False,
        caps_head=True, header_order=["ministry", "service", "program", "year", "status"],
        page_css="@page { size: landscape; }\n", widths=("3%", "31%", "27%"),
        typed_bullets=("\u2022 ", "\u2022 "),
        nbsp=["N° 1.245", "N° 3.877", "N° 418", "N° 2.004", "$ 612 millones", "1.482.310 raciones"],
        word_header_table=False, word_number_column=True, word_number_title="No.", word_repeat_header=True,
        word_page_footer=True, word_font="Courier New", word_font_size=9, word_landscape=True,
        word_widths=(1.2, 7.0, 6.4, 9.2), word_typed_bullets="- ",
        line_breaks=["en la |COMUNA DE PEÑALOLÉN", "para el |AÑO 2009"]),
    "registro-civil-atencion-publico-2005": dict(
        number_column=False, header_table=False, caps_header_labels=True,
        header_order=["program", "year", "ministry", "service", "status"], repeat_header=0, label_tag="u",
        empty_labels=True, paragraphs="p", font="Garamond, Times New Roman, serif", font_size="3",
        exit_time=False, caps_head=False, thead=True, two_line_head=True, row_page_break=True,
        page_css="@page { margin: 2.5cm; }\n",
        typed_bullets=("\u2013 ", "&nbsp;&nbsp;&nbsp;&nbsp;o "),
        sub_items=["las comunas de las regiones de Aysén y Magallanes sin oficina permanente;",
                   "las localidades insulares de la Región de Los Lagos, atendidas por vía marítima;"],
        nbsp=["Decreto No. 1.120", "Res. Nº 45", "Oficio Nº 2.317"],
        word_header_table=True, word_number_column=True, word_repeat_header=False, word_row_tables=True,
        word_page_footer=False, word_font="Georgia", word_font_size=11, word_margin=3.5,
        word_header_widths=(3.6, 10.4), word_widths=(1.0, 4.2, 4.2, 4.6), word_sub_bullet_o=True,
        line_breaks=["Santiago, Ñuñoa y |PEÑALOLÉN", "un convenio con la |Armada de Chile, según"]),
    "indap-riego-campesino-2007": dict(
        number_column=True, header_table=False, repeat_header=0, label_tag="b", empty_labels=False,
        paragraphs="br", font="Arial, Helvetica, sans-serif", exit_time=False, caps_head=False, thead=True,
        group_rows=True, widths=("4%", "30%", "28%"),
        word_header_table=True, word_number_column=True, word_repeat_header=True, word_page_footer=True,
        word_merge_rows=True,
        line_breaks=["registra |1.236 obras", "Identifica |18.420 hectáreas"]),
    "sernatur-vacaciones-tercera-edad-2008": dict(
        number_column=False, header_table=True, repeat_header=0, label_tag="u", empty_labels=True,
        paragraphs="p", font="Verdana, Arial, Helvetica, sans-serif", exit_time=False, caps_head=True, thead=True,
        site_chrome=True,
        word_header_table=False, word_number_column=True, word_repeat_header=True, word_page_footer=True,
        word_page_header=4, word_row_shading=("BFBFBF", "E6EEF7"),
        line_breaks=["de |$ 39.000 para", "entre |18 y 26 puntos"]),
    "conadi-tierras-aguas-indigenas-2006": dict(
        number_column=True, header_table=False, div_header=True, status_column=True, repeat_header=0,
        label_tag="b", empty_labels=False, paragraphs="p", font="Verdana, Arial, Helvetica, sans-serif",
        exit_time=False, caps_head=False, thead=True, widths=("5%", "27%", "25%"),
        word_header_table=False, word_number_column=False, word_number_dot=False, word_status_column=True,
        word_repeat_header=True, word_page_footer=True, word_widths=(5.0, 4.6, 5.4, 2.4),
        line_breaks=["adquiridos entre |2003 y 2006"]),
    "sernam-mujeres-jefas-hogar-2009": dict(
        number_column=True, header_table=False, header_grid=True, due_column=True, repeat_header=0,
        label_tag="u", empty_labels=True, paragraphs="br", font="Arial, Helvetica, sans-serif", exit_time=True,
        caps_head=True, thead=True, widths=("4%", "26%", "22%"),
        word_header_table=False, word_header_grid=True, word_number_column=False, word_due_column=True,
        word_repeat_header=True, word_page_footer=False, word_widths=(4.6, 4.4, 2.2, 6.2),
        line_breaks=["frente a un |41% del grupo de comparación"],
        spreadsheet=dict(sheet="Seguimiento 2010",
                         widths=dict(A=5, B=34, C=16, D=30, E=11, F=44, G=26, H=13, I=28))),
    "minsal-enfermedades-respiratorias-2008": dict(
        number_column=True, header_table=False, dl_header=True, borderless=True, repeat_header=0, label_tag="b",
        empty_labels=True, paragraphs="br", font="Tahoma, Verdana, sans-serif", exit_time=False, caps_head=False,
        widths=("4%", "30%", "26%"),
        word_header_table=False, word_number_column=True, word_auto_numbers=True, word_auto_bullets=True,
        word_repeat_header=True, word_page_footer=True, word_widths=(1.2, 5.0, 4.8, 6.0),
        line_breaks=["entre |2004 y 2009", "en torno a |$ 52.000 anuales"]),
    "subprev-educacion-previsional-2010": dict(
        number_column=False, header_table=False, th_header=True, repeat_header=0, label_tag="u",
        empty_labels=False, paragraphs="p", font="Verdana, Arial, Helvetica, sans-serif", exit_time=True,
        caps_head=True, thead=True,
        word_header_table=True, word_number_column=False, word_repeat_header=True, word_page_footer=False,
        line_breaks=["subió de |3,1 a 5,4 puntos"],
        spreadsheet=dict(cover="Portada", sheet="Compromisos FEP",
                         widths=dict(A=6, B=36, C=20, D=32, E=12, F=42, G=28, H=14, I=28))),
    "fosis-apoyo-microemprendimiento-2007": dict(
        mso_html=True, number_column=True, header_table=True, repeat_header=0, label_tag="b", empty_labels=False,
        paragraphs="p", font="Arial", exit_time=False, caps_head=False,
        word_header_table=True, word_number_column=True, word_repeat_header=True, word_page_footer=True,
        word_due_column=True, word_status_column=True, word_head_rows=True, word_widths=(1.0, 4.0, 3.8, 1.8, 4.4, 2.0),
        line_breaks=["con puntaje de corte de |8.500 puntos"]),
    "dga-fiscalizacion-policia-aguas-2009": dict(
        number_column=True, header_table=False, header_across=True, due_column=True, due_title="Plazo",
        status_column=True, repeat_header=0, label_tag="b", empty_labels=False, paragraphs="br",
        font="Arial, Helvetica, sans-serif", exit_time=False, caps_head=False, widths=("4%", "27%", "24%"),
        word_header_table=False, word_header_across=True, word_number_column=True, word_due_column=True,
        word_status_column=True, word_repeat_header=True, word_page_footer=True, word_paper="legal",
        word_landscape=True, word_widths=(1.2, 8.0, 7.0, 2.4, 9.6, 3.0),
        line_breaks=["Fija |1.450 fiscalizaciones"]),
    "chiledeportes-escuelas-deportivas-2007": dict(
        pre_text=True, pre_widths=(3, 26, 26, 35), pre_label_width=24, pre_size="8pt",
        number_column=True, header_table=False, repeat_header=0, label_tag="", empty_labels=False,
        paragraphs="br", font="Courier New, Courier, monospace", exit_time=False, caps_head=True,
        word_header_table=True, word_number_column=True, word_no_head=True, word_repeat_header=False,
        word_page_footer=True,
        line_breaks=["matriculados en |establecimientos con índice"]),
    "conace-previene-comunidad-2008": dict(
        fichas=True, number_column=True, header_table=True, repeat_header=0, label_tag="b", empty_labels=True,
        paragraphs="br", font="Verdana, Arial, Helvetica, sans-serif", exit_time=False, caps_head=False,
        word_header_table=False, word_fichas=True, word_number_column=True, word_repeat_header=False,
        word_page_footer=True, word_header_shading="D9D9D9",
        line_breaks=["entre agosto y |noviembre de 2007"]),
    "doh-agua-potable-rural-2008": dict(
        div_table=True, div_widths=("4%", "28%", "26%", "34%"), ol_lists=True, header_pairs=True,
        number_column=True, header_table=False, repeat_header=0, label_tag="b", empty_labels=False,
        paragraphs="br", font="Verdana, Arial, Helvetica, sans-serif", exit_time=False, caps_head=False,
        word_header_table=True, word_number_column=True, word_repeat_header=True, word_page_footer=True,
        word_heading_title=True, word_sections=True, word_letter_lists=True, word_soft_paragraphs=True,
        word_widths=(1.2, 7.0, 7.4, 10.1),
        line_breaks=["registra |1.214 localidades"]),
    "senama-cuidados-domiciliarios-2010": dict(
        responsible_column=True, responsible_width="8%", nested_lists=True,
        number_column=True, header_table=False, repeat_header=0, label_tag="u", empty_labels=True,
        paragraphs="p", font="Arial Narrow, Arial, Helvetica, sans-serif", font_size="1", exit_time=False,
        caps_head=True, thead=True, widths=("3%", "22%", "24%"),
        page_css="@page { size: legal; margin: 1cm; }\n",
        sub_items=["puntaje igual o inferior a 8.500 puntos;",
                   "puntaje entre 8.501 y 11.734 puntos, con dependencia severa;",
                   "formación de auxiliar de enfermería o curso de cuidador acreditado;",
                   "experiencia de un año en atención de adultos mayores."],
        word_header_table=False, word_header_pairs=True, word_number_column=True, word_responsible_column=True,
        word_repeat_header=True, word_page_footer=True, word_paper="legal", word_font="Arial Narrow",
        word_font_size=7, word_margin=1.5, word_widths=(0.8, 4.0, 2.0, 4.4, 7.4),
        line_breaks=["bajó de |48 a 39 puntos"]),
}
