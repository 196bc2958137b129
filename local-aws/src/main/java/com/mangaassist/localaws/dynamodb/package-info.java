/** DynamoDB stand-in (dynalite under Node.js) and provisioning of every table from the shared definitions. */
package com.mangaassist.localaws.dynamodb;
