/**
 * Procedure catalogue (thủ tục hành chính): what a citizen or organisation can apply for, with its
 * papers, fees, processing time and the agency's internal process. Other modules read it through
 * {@link vn.tinhso.procedure.ProcedureCatalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue")
package vn.tinhso.procedure;
