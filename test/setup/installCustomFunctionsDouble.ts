import { installCustomFunctionsDouble } from "../doubles/customFunctionsDouble";

installCustomFunctionsDouble();
