package vn.tinhso.feedback.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.ReportCategoryAdmin;
import vn.tinhso.feedback.category.CategoryDraft;
import vn.tinhso.platform.DomainException;

@RestController
@RequestMapping("/api/v1/feedback/categories")
@Tag(name = "Phản ánh: lĩnh vực (feedback categories)", description = "Lĩnh vực phản ánh và cơ quan chịu trách nhiệm")
class FeedbackCategoryApi {

	private final ReportCategories categories;
	private final ReportCategoryAdmin admin;

	FeedbackCategoryApi(ReportCategories categories, ReportCategoryAdmin admin) {
		this.categories = categories;
		this.admin = admin;
	}

	@GetMapping
	@Operation(summary = "ReportCategories (active ones unless all=true)")
	List<Category> list(@RequestParam(defaultValue = "false") boolean all) {
		return categories.all(!all);
	}

	@GetMapping("/{code}")
	Category get(@PathVariable String code) {
		return categories.find(code).orElseThrow(() -> DomainException.notFound("feedback.category.not-found", code));
	}

	@PostMapping
	@Operation(summary = "Create a category (system administrators)")
	ResponseEntity<Category> create(@RequestBody CategoryDraft draft) {
		Category c = admin.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/feedback/categories/" + c.code())).body(c);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Change a category (system administrators); active=false stops new reports in it")
	Category update(@PathVariable String code, @RequestBody CategoryDraft draft) {
		return admin.update(code, draft);
	}
}
