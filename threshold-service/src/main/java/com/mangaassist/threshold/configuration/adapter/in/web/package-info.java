/** Reading the configuration: thresholds in force per category, their history, prompt versions. */
package com.mangaassist.threshold.configuration.adapter.in.web;
