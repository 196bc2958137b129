/** What each service may do in AWS: the one declaration the services' call checks and the CDK app both read. */
package com.mangaassist.model.iam;
