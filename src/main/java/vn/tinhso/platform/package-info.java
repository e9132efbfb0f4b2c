/**
 * Platform: what every module stands on — the embedded database, web conventions (problem details,
 * languages, layout), the security filter chain and the acting user. Modules contribute their own
 * URL rules through {@link vn.tinhso.platform.RouteAuthorizations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package vn.tinhso.platform;
