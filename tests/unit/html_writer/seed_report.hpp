// The seed report (examples/fomento-microempresa-2009.txt) transcribed into the model, following
// examples/README.md. Generated once from the seed's text; kept by hand since.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "informe/model.hpp"

namespace informe::test {

inline block paragraph_block(std::string text) {
  block b;
  b.type = block::kind::paragraph;
  b.text = std::move(text);
  return b;
}

inline block list_block(std::vector<std::string> items) {
  block b;
  b.type = block::kind::bullet_list;
  b.items = std::move(items);
  return b;
}

inline rich_text rich(std::vector<block> blocks) { return rich_text{std::move(blocks)}; }

/// The whole seed report, every field.
inline report seed_report() {
  report r;
  r.cutoff_date = partial_date{2009, 6, 30};
  r.issued_at = date_time{partial_date{2009, 10, 7}, 17, 6, 25};
  r.program = "Fomento a la Microempresa";
  r.ministry = "MINISTERIO DE ECONOMIA, FOMENTO Y RECONSTRUCCION";
  r.service = "SERVICIO DE COOPERACION TECNICA";
  r.evaluation_year = 2000;
  r.program_status = "Egresado";
  r.exit_date = partial_date{2003, 6, 30};
  r.observation = rich_text::paragraph("El seguimiento de este programa se hará a través de la medición de indicadores en el presupuesto. Para ello, se deberá acordar entre la Institución y DIPRES los indicadores que se deberán presentar en el Presupuesto 2004.");
  {
    row x;
    x.number = "1";
    x.recommendation = rich({paragraph_block("Actualizar la Matriz de Marco Lógico del programa con indicadores.")});
    x.responsible = "";
    x.commitment = rich({paragraph_block("Se revisará y validará la Matriz de Marco Lógico y se definirán y cuantificarán indicadores.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = {};
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "2";
    x.recommendation = rich({paragraph_block("Diseñar una metodología de monitoreo y seguimiento del Programa y de evaluación periódica del impacto de éste, a fin de contar con información primaria acerca de su nivel de logros, especialmente a nivel de propósito. Es recomendable empezar a utilizar indicadores específicos sobre \"variables claves de gestión\" que permitan desde ya tener buena información a objeto de tomar decisiones, mientras se construye el sistema de evaluación periódica.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se diseñará una metodología de seguimiento y evaluación del Programa.")});
    x.due = partial_date{2001, 12, 0};
    x.due_text = "Dic 2001";
    x.compliance = rich({paragraph_block("Se ha elaborado una Pauta de Seguimiento y Evaluación de los Proyectos Microempresa y Preinversión en conformidad a las Guías Operativas y el Sistema de Información de Gestión (SIG) vigentes. Esta pauta ya está incorporada en la operación desde el año pasado (2002) y está implementada en el Sistema de Información de Gestión (SIG) para el registro de la información respectiva. Por otra parte cabe mencionar que, en estos momentos, el SIG está migrando desde la SYBASE a una WEB; con lo cual el sistema estará expedito para nuestros profesionales desde cualquier punto equipado con Internet.")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("El Documento \"Pauta de Seguimiento y Evaluación Programas Microempresa y Preinversión\" fue despachado a la DIPRES con fecha 1 de abril del 2003.")});
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "3";
    x.recommendation = rich({paragraph_block("En relación al dimensionamiento del Programa, corresponde que a nivel central y para cada región, se planteen con toda claridad las metas de largo, mediano y corto plazo (anual), considerando la dimensión sectorial (pesca, agricultura, etc.), y que estas metas tengan como telón de fondo el universo potencial total de microempresarios, a fin de lograr tener un adecuado seguimiento del nivel de logros cuantitativos del programa, superando la lógica de la definición de metas en función del gasto ejecutado.")});
    x.responsible = "";
    x.commitment = rich({paragraph_block("Se definirán metas de cobertura a partir de los diagnósticos en el componente de Preinversión.")});
    x.due = partial_date{2001, 6, 0};
    x.due_text = "Jun. 2001";
    x.compliance = rich({paragraph_block("Durante el año 2001 se desarrollaron 50 estudios de pre inversión, cuyos resultados se han estado utilizando en las Direcciones Regionales, para la identificación y dimensionamiento de los sistemas productivos en los territorios específicos, en muchos casos con un énfasis sectorial. Esta información constituye la base para los diagnósticos y la fijación de metas de operación regionales, en términos de número de proyectos y recursos destinados para el efecto.")});
    x.compliance_observation = rich({paragraph_block("Se presentó el Informe de resultados solicitados en que se indica cobertura.")});
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("Informe de resultados que incluye metas de cobertura.")});
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "4";
    x.recommendation = rich({paragraph_block("En relación con el diagnóstico de la situación inicial, es recomendable que SERCOTEC, en conjunto con otras instituciones públicas y privadas que tienen relación directa con el diseño y evaluación de las políticas públicas, pudieran en forma coordinada profundizar continuamente sobre el diagnóstico general de las condiciones de operación en el país de las pequeñas y microempresas, especialmente a nivel de aquellos tópicos que afectan su normal inserción en el desarrollo económico-social nacional, y su inserción a nivel internacional. En el caso específico de SERCOTEC, este Servicio debiera responsabilizarse directamente de afinar progresivamente el diagnóstico de su actual población objetivo, logrando una adecuada caracterización de cada uno de los problemas generales o específicos de la microempresa, de los que busca hacerse cargo el Programa. Esta caracterización debiera estar cruzada a la vez por la situación sectorial (pesca, agricultura, turismo, etc.) y regional de c/u de ellos, a fin de que sirviera de indicadores de logros de aquellos temas que son transversales para cada uno de ellos: crédito, redes, calidad, tecnología, RRHH, etc.. Esto es especialmente relevante a nivel regional y sectorial, toda vez que sus modalidades de operación son cada vez más descentralizadas."), paragraph_block("Generar una tipología operativa de clasificación de las microempresas beneficiarias del Programa, que permita una asignación más precisa de los recursos disponibles, teniendo una mayor claridad sobre el pronóstico de sus resultados. Ésta podría tener como variables centrales la situación patrimonial-financiera de la (s) microempresa, el liderazgo y competencias empresariales del grupo de empresarios y el nicho de mercado del proyecto.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se realizará un análisis de pertinencia de los términos de referencia para la realización de estudios de diagnóstico a nivel regional. Dichos términos de referencia, deberán incorporar un diagnóstico y definición tanto de su actual población objetivo, como de las condiciones en que éstas operan a nivel regional.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = {};
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "4";
    x.recommendation = rich({paragraph_block("Replantear la coherencia y consistencia de los componentes de Estudios de Pre-inversión y de Fortalecimiento Municipal, para hacerlos absolutamente consistentes con el cumplimiento del propósito del Programa. Específicamente:"), paragraph_block("El actual componente de Preinversión sea incorporado como una etapa de los procesos de generación de los servicios a la microempresa, en todos aquellos casos que corresponda, de modo de lograr su adecuada integración a la generación y cumplimiento del propósito del Programa. De mantenerlo como un componente autónomo se corre el riesgo de perder de vista cuál es el objetivo central del Programa."), paragraph_block("En relación al componente de Fortalecimiento de Municipios, la preocupación por lograr una adecuada coordinación entre los tres niveles de la gestión pública para el Fomento de la Microempresa (nacional, regional y comunal) es de vital importancia. Precisamente, dada la importancia del tema, se recomienda que este componente sea eliminado del Programa y se realice un estudio para que el servicio evalúe la posibilidad de realizar un Programa específico dirigido al Desarrollo Económico Local, lo cual comprende no sólo a los microempresarios y los Municipios sino también otros actores Públicos y Privados, y una gran gama de acciones bajo una lógica de articulación espacial.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se incorporará en la Guía de Operación utilizada para dar servicios a la microempresa, la recomendación de fundamentar los proyectos con base en los Estudios de Preinversión, en la medida que éstos estén disponibles."), paragraph_block("Respecto del componente Fortalecimiento Municipal, éste será revisado en función de las definiciones institucionales que se adopten al respecto.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("OK")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = {};
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "5";
    x.recommendation = rich({paragraph_block("A nivel de diseño se recomienda formalizar y sistematizar las prácticas de apalancamiento de recursos a nivel interinstitucional (público y privado), en forma de alianzas estratégicas de mediano y largo plazo, que permitan evaluar con certeza la existencia de redes de apoyo, y la incorporación de la microempresa beneficiaria de SERCOTEC en ella."), paragraph_block("Formalizar y estandarizar los criterios de colaboración y alianzas entre SERCOTEC y otros entes públicos y privados, de forma que los apalancamientos posibles también puedan proyectarse y definirse como metas a alcanzar.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se modificará el convenio interinstitucional del comité, cuyos socios actualmente son FOSIS/SERCOTECCORFO/MINECON, con el objeto de incorporar nuevos socios: INDAP, SENCE, Gobiernos Regionales, y de esta manera formalizar las prácticas de apalancamiento de recursos y los criterios de colaboración entre SERCOTEC y otras entidades públicas.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = {};
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "6";
    x.recommendation = rich({paragraph_block("Debería formalizarse la continuidad de los empresarios \"egresados\" de grupos asociativos con otros instrumentos (Programas) de SERCOTEC, de acuerdo a los niveles de desarrollo alcanzados y/o las nuevas necesidades de acciones de fomento en esos nuevos estadios.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se incluirá en los términos de referencia la proposición de un proyecto de desarrollo de los respectivos grupos de interés y de su seguimiento.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("A partir de un rediseño está disponible el instrumento denominado RedSercotec, que consiste en una plataforma en Internet para otorgar apoyo a la gestión, generar oportunidades de negocios y estimular el desarrollo de comunidades empresariales. Así es posible materializar una efectiva incorporación a la red de fomento y un desarrollo continuo, tanto de los empresarios ya egresados de otros instrumentos, como de otros potenciales clientes en forma masiva.")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("Plataforma de internet Red-Sercotec")});
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "7";
    x.recommendation = rich({paragraph_block("Poner en funcionamiento en forma completa la herramienta \"Conexión 2000\" y su utilización por parte de los ejecutivos de fomento y la gerencia de operaciones como una real herramienta para tomar decisiones. Esto permitiría ahorros sustantivos en la operación del Programa.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("La herramienta \"Conexión 2000\" que contiene un registro de los proyectos SERCOTEC, incorporará también los proyectos CORFO."), paragraph_block("Se implementará un modelo simplificado de evaluación ex-ante de proyectos para su uso por parte de los ejecutivos de fomento. Diseño del modelo.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("Memoria Sercotec 2000-2001")});
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "8";
    x.recommendation = rich({paragraph_block("Desarrollar un análisis cuidadoso de las partidas presupuestarias del Programa para realizar análisis adecuados que permitan mostrar la realidad del Programa y medir su eficiencia."), paragraph_block("Continuar la tendencia positiva a disminuir los costos administrativos alcanzando el objetivo que se propusieron para el año 2000 de un 12%. No obstante, se debe cautelar no descuidar la calidad en la prestación de servicios (directa o subcontratada por el Servicio). Esto puede ser particularmente sensible en la subcontratación de servicios.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se avanzará en precisar la asignación de costos administrativos del Programa."), paragraph_block("Se disminuirán los costos administrativos del Programa según lo propuesto por SERCOTEC a un 16%.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("Evaluación técnica del primer llamado del programa de reconversión dirigido a Ex-Trabajadores Portuarios, correspondiente a los primeros 418 participantes e implementado en las regiones V, VIII y II.Desglose de Proyectos financiados por aporte y sector")});
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "9";
    x.recommendation = rich({paragraph_block("Elaborar un Manual Integrado y Flexible del Programa de Fomento de la Microempresa, que pudiera ser de uso masivo al interior de SERCOTEC, como del propio cuerpo de empresas y personas que apoyan a través de sus consultorías directas a la microempresa, a fin de lograr homogeneizar lo más posible, tanto el diagnóstico, problemas y resultados esperados, en conjunto con toda la información operacional correspondiente.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("Se elaborará el Manual Integrado del Programa de Fomento de la Microempresa que estará en su versión preliminar, disponible para todos los usuarios en Intranet.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = {};
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "10";
    x.recommendation = rich({paragraph_block("En función de generar un efecto demostración con mayor impacto en el medio, coincidente con las prioridades actuales del Servicio, se propone generar una actividad dirigida a sistematizar y promover las mejores prácticas y casos exitosos del Programa, de forma que sirvan efectiva y sistemáticamente como modelos a ser replicados, tanto sectorial como regionalmente, a nivel de mejoras funcionales (contabilidad, capacitación, calidad, exportación, etc.).")});
    x.responsible = "";
    x.commitment = rich({paragraph_block("Los casos exitosos serán exhibidos en Intranet, difundiéndose a todo el personal de SERCOTEC a nivel nacional, de manera de generar un efecto multiplicador.")});
    x.due = partial_date{2000, 12, 0};
    x.due_text = "Dic. 2000";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("Memoria Sercotec 2000-2001")});
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "11";
    x.recommendation = rich({paragraph_block("Diseñar fórmulas que permitan a SERCOTEC, identificar y administrar las variables del entorno que dificultan o entaban el accionar del Programa y el cumplimiento de sus objetivos, como son crisis sectoriales, falta de recursos, descoordinaciones interinstitucionales, etc."), paragraph_block("Identificar con claridad cuáles son las variables críticas que tiene el Servicio Responsable del Programa para el cumplimiento del fin del mismo, especialmente a nivel del entorno nacional e internacional, con especial énfasis en las dimensiones políticas, tecnológicas y económicos, identificando las acciones que el Servicio desarrollará para enfrentarlas.")});
    x.responsible = "SERCOTEC";
    x.commitment = rich({paragraph_block("La versión Matriz de Marco Lógico actualizada del programa incluirá los objetivos, actividades y supuestos pertinentes del entorno.")});
    x.due = partial_date{2001, 6, 0};
    x.due_text = "Jun. 2001";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = {};
    r.rows.push_back(std::move(x));
  }
  {
    row x;
    x.number = "12";
    x.recommendation = rich({paragraph_block("Se recomienda avanzar en la formalización y fortalecimiento de las alianzas interinstitucionales que hasta la fecha ha constituido SERCOTEC, de forma que éstas tanto a nivel nacional como regional (a través de los CAR), se transformen en instancias permanentes de coordinación de las políticas de fomento de la micro y pequeña empresa, a través del diseño y ejecución de, por ejemplo:"), list_block({"Una política nacional de desarrollo de la pequeña y microempresa.", "Una estrategia regional, provincial y comunal de desarrollo de la micro y pequeña empresa.", "La asignación y complementación de recursos financieros interinstitucionales a nivel anual.", "La definición de responsabilidades y funciones entre las distintas agencias públicas.", "Una coordinación con las instancias de representación de la pequeña o microempresa a nivel nacional y regional a lo menos."})});
    x.responsible = "MINECON/CORFO/FOSIS/SERCOTEC";
    x.commitment = rich({paragraph_block("SERCOTEC presentará una propuesta de fortalecimiento y formalización de alianzas a los respectivos representantes del CAR.")});
    x.due = partial_date{2001, 6, 0};
    x.due_text = "Junio 2001";
    x.compliance = rich({paragraph_block("cumplido")});
    x.compliance_observation = {};
    x.status = compliance_status::fulfilled;
    x.status_text = "Cumplido";
    x.verification = rich({paragraph_block("Sistema de de Información de Gestión, SIG")});
    r.rows.push_back(std::move(x));
  }
  return r;
}

}  // namespace informe::test
