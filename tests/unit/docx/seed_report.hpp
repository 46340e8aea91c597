// The seed report (examples/fomento-microempresa-2009.txt) built in C++, transcribed as
// examples/README.md describes, for the DOCX tests; examples/fomento-microempresa-2009.json replaces
// it once the canonical reader can load it (see load_seed in docx_test.cpp).
#pragma once

#include <string>
#include <vector>

#include "informe/model.hpp"

namespace informe::test {

inline rich_text paragraphs(std::vector<std::string> texts) {
  rich_text t;
  for (auto& s : texts) t.add_paragraph(std::move(s));
  return t;
}

inline row seed_row(std::string number, rich_text recommendation, std::string responsible, rich_text commitment,
                    int due_year, int due_month, std::string due_text, rich_text compliance, rich_text observation,
                    rich_text verification) {
  row r;
  r.number = std::move(number);
  r.recommendation = std::move(recommendation);
  r.responsible = std::move(responsible);
  r.commitment = std::move(commitment);
  r.due = partial_date{due_year, due_month, 0};
  r.due_text = std::move(due_text);
  r.compliance = std::move(compliance);
  r.compliance_observation = std::move(observation);
  r.status = compliance_status::fulfilled;
  r.status_text = "Cumplido";
  r.verification = std::move(verification);
  return r;
}

inline report seed_report() {
  report r;
  r.cutoff_date = partial_date{2009, 6, 30};
  r.issued_at = date_time{{2009, 10, 7}, 17, 6, 25};
  r.program = "Fomento a la Microempresa";
  r.ministry = "MINISTERIO DE ECONOMIA, FOMENTO Y RECONSTRUCCION";
  r.service = "SERVICIO DE COOPERACION TECNICA";
  r.evaluation_year = 2000;
  r.program_status = "Egresado";
  r.exit_date = partial_date{2003, 6, 30};
  r.observation = rich_text::paragraph(
      "El seguimiento de este programa se hará a través de la medición de indicadores en el presupuesto. Para ello, "
      "se deberá acordar entre la Institución y DIPRES los indicadores que se deberán presentar en el Presupuesto "
      "2004.");
  const std::string sercotec = "SERCOTEC";
  auto p = [](std::string s) { return rich_text::paragraph(std::move(s)); };

  r.rows.push_back(seed_row("1", p("Actualizar la Matriz de Marco Lógico del programa con indicadores."), "",
                            p("Se revisará y validará la Matriz de Marco Lógico y se definirán y cuantificarán "
                              "indicadores."),
                            2000, 12, "Dic. 2000", p("cumplido"), {}, {}));
  r.rows.push_back(seed_row(
      "2",
      p("Diseñar una metodología de monitoreo y seguimiento del Programa y de evaluación periódica del impacto de "
        "éste, a fin de contar con información primaria acerca de su nivel de logros, especialmente a nivel de "
        "propósito. Es recomendable empezar a utilizar indicadores específicos sobre \"variables claves de gestión\" "
        "que permitan desde ya tener buena información a objeto de tomar decisiones, mientras se construye el sistema "
        "de evaluación periódica."),
      sercotec, p("Se diseñará una metodología de seguimiento y evaluación del Programa."), 2001, 12, "Dic 2001",
      p("Se ha elaborado una Pauta de Seguimiento y Evaluación de los Proyectos Microempresa y Preinversión en "
        "conformidad a las Guías Operativas y el Sistema de Información de Gestión (SIG) vigentes. Esta pauta ya está "
        "incorporada en la operación desde el año pasado (2002) y está implementada en el Sistema de Información de "
        "Gestión (SIG) para el registro de la información respectiva. Por otra parte cabe mencionar que, en estos "
        "momentos, el SIG está migrando desde la SYBASE a una WEB; con lo cual el sistema estará expedito para "
        "nuestros profesionales desde cualquier punto equipado con Internet."),
      {},
      p("El Documento \"Pauta de Seguimiento y Evaluación Programas Microempresa y Preinversión\" fue despachado a la "
        "DIPRES con fecha 1 de abril del 2003.")));
  r.rows.push_back(seed_row(
      "3",
      p("En relación al dimensionamiento del Programa, corresponde que a nivel central y para cada región, se "
        "planteen con toda claridad las metas de largo, mediano y corto plazo (anual), considerando la dimensión "
        "sectorial (pesca, agricultura, etc.), y que estas metas tengan como telón de fondo el universo potencial "
        "total de microempresarios, a fin de lograr tener un adecuado seguimiento del nivel de logros cuantitativos "
        "del programa, superando la lógica de la definición de metas en función del gasto ejecutado."),
      "", p("Se definirán metas de cobertura a partir de los diagnósticos en el componente de Preinversión."), 2001, 6,
      "Jun. 2001",
      p("Durante el año 2001 se desarrollaron 50 estudios de pre inversión, cuyos resultados se han estado "
        "utilizando en las Direcciones Regionales, para la identificación y dimensionamiento de los sistemas "
        "productivos en los territorios específicos, en muchos casos con un énfasis sectorial. Esta información "
        "constituye la base para los diagnósticos y la fijación de metas de operación regionales, en términos de "
        "número de proyectos y recursos destinados para el efecto."),
      p("Se presentó el Informe de resultados solicitados en que se indica cobertura."),
      p("Informe de resultados que incluye metas de cobertura.")));
  r.rows.push_back(seed_row(
      "4",
      paragraphs(
          {"En relación con el diagnóstico de la situación inicial, es recomendable que SERCOTEC, en conjunto con "
           "otras instituciones públicas y privadas que tienen relación directa con el diseño y evaluación de las "
           "políticas públicas, pudieran en forma coordinada profundizar continuamente sobre el diagnóstico general "
           "de las condiciones de operación en el país de las pequeñas y microempresas, especialmente a nivel de "
           "aquellos tópicos que afectan su normal inserción en el desarrollo económico-social nacional, y su "
           "inserción a nivel internacional. En el caso específico de SERCOTEC, este Servicio debiera "
           "responsabilizarse directamente de afinar progresivamente el diagnóstico de su actual población objetivo, "
           "logrando una adecuada caracterización de cada uno de los problemas generales o específicos de la "
           "microempresa, de los que busca hacerse cargo el Programa. Esta caracterización debiera estar cruzada a la "
           "vez por la situación sectorial (pesca, agricultura, turismo, etc.) y regional de c/u de ellos, a fin de "
           "que sirviera de indicadores de logros de aquellos temas que son transversales para cada uno de ellos: "
           "crédito, redes, calidad, tecnología, RRHH, etc.. Esto es especialmente relevante a nivel regional y "
           "sectorial, toda vez que sus modalidades de operación son cada vez más descentralizadas.",
           "Generar una tipología operativa de clasificación de las microempresas beneficiarias del Programa, que "
           "permita una asignación más precisa de los recursos disponibles, teniendo una mayor claridad sobre el "
           "pronóstico de sus resultados. Ésta podría tener como variables centrales la situación "
           "patrimonial-financiera de la (s) microempresa, el liderazgo y competencias empresariales del grupo de "
           "empresarios y el nicho de mercado del proyecto."}),
      sercotec,
      p("Se realizará un análisis de pertinencia de los términos de referencia para la realización de estudios de "
        "diagnóstico a nivel regional. Dichos términos de referencia, deberán incorporar un diagnóstico y definición "
        "tanto de su actual población objetivo, como de las condiciones en que éstas operan a nivel regional."),
      2000, 12, "Dic. 2000", p("cumplido"), {}, {}));
  r.rows.push_back(seed_row(
      "4",
      paragraphs(
          {"Replantear la coherencia y consistencia de los componentes de Estudios de Pre-inversión y de "
           "Fortalecimiento Municipal, para hacerlos absolutamente consistentes con el cumplimiento del propósito del "
           "Programa. Específicamente:",
           "El actual componente de Preinversión sea incorporado como una etapa de los procesos de generación de los "
           "servicios a la microempresa, en todos aquellos casos que corresponda, de modo de lograr su adecuada "
           "integración a la generación y cumplimiento del propósito del Programa. De mantenerlo como un componente "
           "autónomo se corre el riesgo de perder de vista cuál es el objetivo central del Programa.",
           "En relación al componente de Fortalecimiento de Municipios, la preocupación por lograr una adecuada "
           "coordinación entre los tres niveles de la gestión pública para el Fomento de la Microempresa (nacional, "
           "regional y comunal) es de vital importancia. Precisamente, dada la importancia del tema, se recomienda "
           "que este componente sea eliminado del Programa y se realice un estudio para que el servicio evalúe la "
           "posibilidad de realizar un Programa específico dirigido al Desarrollo Económico Local, lo cual comprende "
           "no sólo a los microempresarios y los Municipios sino también otros actores Públicos y Privados, y una "
           "gran gama de acciones bajo una lógica de articulación espacial."}),
      sercotec,
      paragraphs({"Se incorporará en la Guía de Operación utilizada para dar servicios a la microempresa, la "
                  "recomendación de fundamentar los proyectos con base en los Estudios de Preinversión, en la medida "
                  "que éstos estén disponibles.",
                  "Respecto del componente Fortalecimiento Municipal, éste será revisado en función de las "
                  "definiciones institucionales que se adopten al respecto."}),
      2000, 12, "Dic. 2000", p("OK"), {}, {}));
  r.rows.push_back(seed_row(
      "5",
      paragraphs({"A nivel de diseño se recomienda formalizar y sistematizar las prácticas de apalancamiento de "
                  "recursos a nivel interinstitucional (público y privado), en forma de alianzas estratégicas de "
                  "mediano y largo plazo, que permitan evaluar con certeza la existencia de redes de apoyo, y la "
                  "incorporación de la microempresa beneficiaria de SERCOTEC en ella.",
                  "Formalizar y estandarizar los criterios de colaboración y alianzas entre SERCOTEC y otros entes "
                  "públicos y privados, de forma que los apalancamientos posibles también puedan proyectarse y "
                  "definirse como metas a alcanzar."}),
      sercotec,
      p("Se modificará el convenio interinstitucional del comité, cuyos socios actualmente son "
        "FOSIS/SERCOTECCORFO/MINECON, con el objeto de incorporar nuevos socios: INDAP, SENCE, Gobiernos Regionales, "
        "y de esta manera formalizar las prácticas de apalancamiento de recursos y los criterios de colaboración "
        "entre SERCOTEC y otras entidades públicas."),
      2000, 12, "Dic. 2000", p("cumplido"), {}, {}));
  r.rows.push_back(seed_row(
      "6",
      p("Debería formalizarse la continuidad de los empresarios \"egresados\" de grupos asociativos con otros "
        "instrumentos (Programas) de SERCOTEC, de acuerdo a los niveles de desarrollo alcanzados y/o las nuevas "
        "necesidades de acciones de fomento en esos nuevos estadios."),
      sercotec,
      p("Se incluirá en los términos de referencia la proposición de un proyecto de desarrollo de los respectivos "
        "grupos de interés y de su seguimiento."),
      2000, 12, "Dic. 2000",
      p("A partir de un rediseño está disponible el instrumento denominado RedSercotec, que consiste en una "
        "plataforma en Internet para otorgar apoyo a la gestión, generar oportunidades de negocios y estimular el "
        "desarrollo de comunidades empresariales. Así es posible materializar una efectiva incorporación a la red de "
        "fomento y un desarrollo continuo, tanto de los empresarios ya egresados de otros instrumentos, como de otros "
        "potenciales clientes en forma masiva."),
      {}, p("Plataforma de internet Red-Sercotec")));
  r.rows.push_back(seed_row(
      "7",
      p("Poner en funcionamiento en forma completa la herramienta \"Conexión 2000\" y su utilización por parte de los "
        "ejecutivos de fomento y la gerencia de operaciones como una real herramienta para tomar decisiones. Esto "
        "permitiría ahorros sustantivos en la operación del Programa."),
      sercotec,
      paragraphs({"La herramienta \"Conexión 2000\" que contiene un registro de los proyectos SERCOTEC, incorporará "
                  "también los proyectos CORFO.",
                  "Se implementará un modelo simplificado de evaluación ex-ante de proyectos para su uso por parte de "
                  "los ejecutivos de fomento. Diseño del modelo."}),
      2000, 12, "Dic. 2000", p("cumplido"), {}, p("Memoria Sercotec 2000-2001")));
  r.rows.push_back(seed_row(
      "8",
      paragraphs({"Desarrollar un análisis cuidadoso de las partidas presupuestarias del Programa para realizar "
                  "análisis adecuados que permitan mostrar la realidad del Programa y medir su eficiencia.",
                  "Continuar la tendencia positiva a disminuir los costos administrativos alcanzando el objetivo que "
                  "se propusieron para el año 2000 de un 12%. No obstante, se debe cautelar no descuidar la calidad "
                  "en la prestación de servicios (directa o subcontratada por el Servicio). Esto puede ser "
                  "particularmente sensible en la subcontratación de servicios."}),
      sercotec,
      paragraphs({"Se avanzará en precisar la asignación de costos administrativos del Programa.",
                  "Se disminuirán los costos administrativos del Programa según lo propuesto por SERCOTEC a un 16%."}),
      2000, 12, "Dic. 2000", p("cumplido"), {},
      p("Evaluación técnica del primer llamado del programa de reconversión dirigido a Ex-Trabajadores Portuarios, "
        "correspondiente a los primeros 418 participantes e implementado en las regiones V, VIII y II.Desglose de "
        "Proyectos financiados por aporte y sector")));
  r.rows.push_back(seed_row(
      "9",
      p("Elaborar un Manual Integrado y Flexible del Programa de Fomento de la Microempresa, que pudiera ser de uso "
        "masivo al interior de SERCOTEC, como del propio cuerpo de empresas y personas que apoyan a través de sus "
        "consultorías directas a la microempresa, a fin de lograr homogeneizar lo más posible, tanto el diagnóstico, "
        "problemas y resultados esperados, en conjunto con toda la información operacional correspondiente."),
      sercotec,
      p("Se elaborará el Manual Integrado del Programa de Fomento de la Microempresa que estará en su versión "
        "preliminar, disponible para todos los usuarios en Intranet."),
      2000, 12, "Dic. 2000", p("cumplido"), {}, {}));
  r.rows.push_back(seed_row(
      "10",
      p("En función de generar un efecto demostración con mayor impacto en el medio, coincidente con las prioridades "
        "actuales del Servicio, se propone generar una actividad dirigida a sistematizar y promover las mejores "
        "prácticas y casos exitosos del Programa, de forma que sirvan efectiva y sistemáticamente como modelos a ser "
        "replicados, tanto sectorial como regionalmente, a nivel de mejoras funcionales (contabilidad, capacitación, "
        "calidad, exportación, etc.)."),
      "",
      p("Los casos exitosos serán exhibidos en Intranet, difundiéndose a todo el personal de SERCOTEC a nivel "
        "nacional, de manera de generar un efecto multiplicador."),
      2000, 12, "Dic. 2000", p("cumplido"), {}, p("Memoria Sercotec 2000-2001")));
  r.rows.push_back(seed_row(
      "11",
      paragraphs({"Diseñar fórmulas que permitan a SERCOTEC, identificar y administrar las variables del entorno que "
                  "dificultan o entaban el accionar del Programa y el cumplimiento de sus objetivos, como son crisis "
                  "sectoriales, falta de recursos, descoordinaciones interinstitucionales, etc.",
                  "Identificar con claridad cuáles son las variables críticas que tiene el Servicio Responsable del "
                  "Programa para el cumplimiento del fin del mismo, especialmente a nivel del entorno nacional e "
                  "internacional, con especial énfasis en las dimensiones políticas, tecnológicas y económicos, "
                  "identificando las acciones que el Servicio desarrollará para enfrentarlas."}),
      sercotec,
      p("La versión Matriz de Marco Lógico actualizada del programa incluirá los objetivos, actividades y supuestos "
        "pertinentes del entorno."),
      2001, 6, "Jun. 2001", p("cumplido"), {}, {}));
  rich_text twelve = rich_text::paragraph(
      "Se recomienda avanzar en la formalización y fortalecimiento de las alianzas interinstitucionales que hasta la "
      "fecha ha constituido SERCOTEC, de forma que éstas tanto a nivel nacional como regional (a través de los CAR), "
      "se transformen en instancias permanentes de coordinación de las políticas de fomento de la micro y pequeña "
      "empresa, a través del diseño y ejecución de, por ejemplo:");
  twelve.add_list({"Una política nacional de desarrollo de la pequeña y microempresa.",
                   "Una estrategia regional, provincial y comunal de desarrollo de la micro y pequeña empresa.",
                   "La asignación y complementación de recursos financieros interinstitucionales a nivel anual.",
                   "La definición de responsabilidades y funciones entre las distintas agencias públicas.",
                   "Una coordinación con las instancias de representación de la pequeña o microempresa a nivel "
                   "nacional y regional a lo menos."});
  r.rows.push_back(seed_row("12", twelve, "MINECON/CORFO/FOSIS/SERCOTEC",
                            p("SERCOTEC presentará una propuesta de fortalecimiento y formalización de alianzas a los "
                              "respectivos representantes del CAR."),
                            2001, 6, "Junio 2001", p("cumplido"), {}, p("Sistema de de Información de Gestión, SIG")));
  return r;
}

}  // namespace informe::test
