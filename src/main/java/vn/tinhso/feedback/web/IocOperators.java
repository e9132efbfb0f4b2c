package vn.tinhso.feedback.web;

import org.springframework.stereotype.Component;

import vn.tinhso.feedback.report.ReportAccess;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;

/** The IOC operator on a page, read fresh each request: the console and the hotline entry are theirs only. */
@Component
class IocOperators {

	private final ReportAccess access;

	IocOperators(ReportAccess access) {
		this.access = access;
	}

	Actor require() {
		Actor actor = Actors.require();
		if (!access.isOperator(actor)) {
			throw DomainException.forbidden("feedback.console.operators-only");
		}
		return actor;
	}
}
