/** Incidents in DynamoDB ({@code Resources.INCIDENTS}), conditional single-item writes only. */
package com.mangaassist.console.oncall.adapter.out.dynamodb;
