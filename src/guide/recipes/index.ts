// Runs anywhere. Every recipe Latchkey ships, parsed against the schema when this module loads.
// Site recipes are matched by domain (src/guide/core/recipes/recipe-for.ts); the generic recipe guides
// any other site from detection alone. test/unit/recipes/schema.test.ts fails on any issue.
import { loadRecipes, type RecipeIssue } from '../core/recipes/load';
import type { Recipe } from '../core/recipes/schema';
import { alibabaRecipe } from './alibaba';
import { aliexpressRecipe } from './aliexpress';
import { amazonRecipe } from './amazon';
import { dsersRecipe } from './dsers';
import { ebayRecipe } from './ebay';
import { etsyRecipe } from './etsy';
import { genericRecipe } from './generic';
import { sheinRecipe } from './shein';
import { shopifyRecipe } from './shopify';
import { temuRecipe } from './temu';
import { walmartRecipe } from './walmart';

/** The raw data, for tests that check each file. */
export const RAW_RECIPES: readonly unknown[] = [
  aliexpressRecipe, dsersRecipe, amazonRecipe, ebayRecipe, temuRecipe, sheinRecipe, etsyRecipe, walmartRecipe,
  alibabaRecipe, shopifyRecipe, genericRecipe,
];

const loaded = loadRecipes(RAW_RECIPES);

export const RECIPE_ISSUES: readonly RecipeIssue[] = loaded.issues;

/** Site recipes only (the generic one matches no domain). */
export const SITE_RECIPES: readonly Recipe[] = loaded.recipes.filter((r) => r.id !== genericRecipe.id);

// The generic recipe's data already type-checks as a Recipe (no defaults or transforms in the
// schema), so the guide keeps working on every site even if parsing it ever reported an issue.
export const GENERIC_RECIPE: Recipe = loaded.recipes.find((r) => r.id === genericRecipe.id) ?? genericRecipe;
