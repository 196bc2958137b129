/** {@code /api/oncall/**} (bearer token) and {@code /console/oncall/**} (the on-call page's session calls). */
package com.mangaassist.console.oncall.adapter.in.web;
