package vn.tinhso.platform.web;

import vn.tinhso.platform.Problems;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import vn.tinhso.platform.DomainException;

/** A refusal raised while rendering a page becomes a friendly page with the same status and message. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private final Problems problems;
	private final PageModel pageModel;

	PageProblems(Problems problems, PageModel pageModel) {
		this.problems = problems;
		this.pageModel = pageModel;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(e.status().value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(e.status());
		page.addObject("status", e.status().value());
		page.addObject("code", e.code());
		page.addObject("message", problems.message(e.code(), e.args()));
		pageModel.fill(page, request);
		return page;
	}

	/** A form posted without the multipart body its handler needs (413 when it is over the size limit). */
	@ExceptionHandler(MultipartException.class)
	ModelAndView multipart(MultipartException e, jakarta.servlet.http.HttpServletRequest request,
			HttpServletResponse response) {
		HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String code = ApiProblems.codeFor(status);
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("code", code);
		page.addObject("message", problems.message(code));
		pageModel.fill(page, request);
		return page;
	}
}
