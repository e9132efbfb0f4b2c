package vn.tinhso.dossier.web;

import java.time.OffsetDateTime;
import java.util.List;

import vn.tinhso.dossier.core.Applicant;
import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierEvent;
import vn.tinhso.dossier.core.DossierFile;
import vn.tinhso.dossier.core.ResultDelivery;
import vn.tinhso.dossier.workflow.WorkflowRule;

/** A dossier as its applicant or an official sees it through the API. */
record DossierResource(String code, String procedureCode, String procedureName, String agencyCode, Applicant applicant,
		int channel, int status, String outcome, int stepIndex, String stepName, String stepRole, OffsetDateTime submittedAt,
		OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime stepDueAt, int supplementCount,
		OffsetDateTime processedAt, OffsetDateTime returnedAt, boolean resultElectronic, Boolean onTime, int version,
		Dossier.Assignee assignee, ResultDelivery delivery, List<String> actions, List<DossierFile> files,
		List<DossierEvent> history) {

	static DossierResource of(Dossier d, List<WorkflowRule> actions, List<DossierFile> files, List<DossierEvent> history,
			ResultDelivery delivery) {
		return new DossierResource(d.code(), d.procedureCode(), d.procedure().name(), d.agencyCode(), d.applicant(),
				d.channel().code(), d.status().code(), d.outcome(), d.stepIndex(), d.step().name(), d.step().role().name(),
				d.submittedAt(), d.receivedAt(), d.dueAt(), d.stepDueAt(), d.supplementCount(), d.processedAt(),
				d.returnedAt(), d.resultElectronic(), d.onTime(), d.version(), d.assignee(), delivery,
				actions.stream().map(WorkflowRule::action).toList(), files, history);
	}
}
